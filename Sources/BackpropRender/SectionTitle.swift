import BackpropCore

extension TraceSection {
    /// The walkthrough's heading for this section of a network with `layerCount` layers:
    /// "The forward pass: hidden layer", "The backward pass: output layer", …, and for a term of
    /// one example of several, that example's ("The forward pass, example 2: hidden layer").
    package func title(layerCount: Int, example: Int?) -> String {
        guard let example else { return title(layerCount: layerCount) }
        func layerName(_ layer: Int) -> String { LayerName.of(layer, layerCount: layerCount) }
        switch self {
        case .given, .update, .gradientCheck: return title(layerCount: layerCount)
        case let .forward(layer): return "The forward pass, example \(example + 1): \(layerName(layer))"
        case .error: return "The error of example \(example + 1)"
        case let .backward(layer): return "The backward pass, example \(example + 1): \(layerName(layer))"
        }
    }

    /// The walkthrough's heading for this section of a network with `layerCount` layers:
    /// "The forward pass: hidden layer", "The backward pass: output layer", …
    package func title(layerCount: Int) -> String {
        func layerName(_ layer: Int) -> String { LayerName.of(layer, layerCount: layerCount) }
        switch self {
        case .given: return "The network"
        case let .forward(layer): return "The forward pass: \(layerName(layer))"
        case .error: return "The total error"
        case let .backward(layer): return "The backward pass: \(layerName(layer))"
        case .update: return "The batch and the update"
        case .gradientCheck: return "The gradient check"
        }
    }
}
