/// How a network's biases are laid out.
public enum BiasSharing: String, Sendable, Codable {
    /// One bias per non-input layer, shared by all of that layer's neurons (the reference: b1, b2).
    case perLayer
    /// One bias per non-input neuron (b_h1, b_o2, …).
    case perNeuron
}
