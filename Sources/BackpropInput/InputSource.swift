import BackpropCore

/// Where one part of a network description came from, so an error can point there.
package enum InputSource: Sendable, Equatable {
    /// A network file, by the path the user gave.
    case file(String)
    /// A command-line flag such as `--weights`.
    case flag(String)
    /// Nobody gave it: the reference network's value was used.
    case reference
}

/// A value together with where it came from.
package struct Sourced<Value: Sendable>: Sendable {
    /// The value.
    package var value: Value
    /// Where it came from.
    package var source: InputSource
    /// The 1-based line and column in a file, when known.
    package var position: (line: Int, column: Int)?

    /// A value from `source`.
    package init(_ value: Value, from source: InputSource, at position: (line: Int, column: Int)? = nil) {
        self.value = value
        self.source = source
        self.position = position
    }
}

/// Biases as written: one per non-input layer, or one list per layer with one per neuron.
package enum BiasValues: Sendable, Equatable {
    /// One bias shared by each non-input layer.
    case shared([Double])
    /// One list per non-input layer, one bias per neuron.
    case perNeuron([[Double]])
    /// No biases (`--biases none`, `"biases": null`).
    case none
}
