/// A part of a network description, as it is named in a network file.
public enum NetworkField: String, Sendable {
    case layers, inputs, targets, weights, biases, learningRate, activation
}

/// A network description that cannot be trained: which part is wrong and why.
public struct NetworkError: Error, Sendable, Equatable {
    /// The part that is wrong.
    public let field: NetworkField
    /// What is wrong with it, in words for the user, without the field's name.
    public let message: String

    /// Creates an error about `field`.
    public init(_ field: NetworkField, _ message: String) {
        self.field = field
        self.message = message
    }
}
