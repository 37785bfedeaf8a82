import BackpropCore

extension TraceSection {
    /// The walkthrough's heading for this section of a network with `layerCount` layers:
    /// "The forward pass: hidden layer", "The backward pass: output layer", …
    public func title(layerCount: Int) -> String {
        func layerName(_ layer: Int) -> String { LayerName.of(layer, layerCount: layerCount) }
        switch self {
        case .given: return "The network"
        case let .forward(layer): return "The forward pass: \(layerName(layer))"
        case .error: return "The total error"
        case let .backward(layer): return "The backward pass: \(layerName(layer))"
        case .gradientCheck: return "The gradient check"
        }
    }
}
