/// How a network's biases are laid out.
public enum BiasSharing: String, Sendable, Codable {
    /// One bias per non-input layer, shared by all of that layer's neurons (the reference: b1, b2).
    case perLayer
    /// One bias per non-input neuron (b_h1, b_o2, …).
    case perNeuron
    /// No biases at all: each net input is its weighted sum alone.
    case none

    /// How many biases a layer of `size` neurons has.
    public func count(forLayerOf size: Int) -> Int {
        switch self {
        case .perLayer: return 1
        case .perNeuron: return size
        case .none: return 0
        }
    }
}
