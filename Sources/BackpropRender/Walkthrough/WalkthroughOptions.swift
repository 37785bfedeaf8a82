/// Choices about what the walkthrough shows, independent of its format.
package struct WalkthroughOptions: Sendable, Equatable {
    /// How much is derived in full.
    package enum Detail: String, Sendable, CaseIterable {
        /// One weight per layer in full (the first), the rest in tables: as the reference does.
        case first
        /// Every weight and neuron in full.
        case all
    }

    /// How much is derived in full.
    package var detail: Detail
    /// How numbers are written.
    package var numbers: NumberFormat
    /// Whether headings may be bold (ANSI escapes): only for a terminal without `NO_COLOR`.
    package var terminalEmphasis: Bool

    /// The reference's choices: the first weight of each layer in full, 9 decimals, no escapes.
    package init(detail: Detail = .first, numbers: NumberFormat = .standard, terminalEmphasis: Bool = false) {
        self.detail = detail
        self.numbers = numbers
        self.terminalEmphasis = terminalEmphasis
    }
}

/// A trace that lacks a term the walkthrough needs: a defect of backprop, never of the input.
package struct MissingTermError: Error, Sendable, CustomStringConvertible {
    /// The name looked up.
    package let name: String

    package var description: String { "internal error: the trace has no term \(name)" }
}
