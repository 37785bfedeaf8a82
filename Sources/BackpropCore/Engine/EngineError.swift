/// A training run that could not produce finite numbers, or was asked for one it cannot trace.
public enum EngineError: Error, Sendable, Equatable {
    /// What stopped being finite in an untraced step.
    public enum Quantity: Sendable, Equatable {
        /// The loss, E_total.
        case totalError
        /// A weight or a bias.
        case parameter
    }

    /// A term of the traced step `step` overflowed or became undefined: its canonical name.
    case nonFiniteTerm(name: String, value: Double, step: Int)
    /// The loss or a parameter stopped being finite during step `step` of the untraced steps.
    case nonFiniteAfterStep(step: Int, what: Quantity)
    /// Fewer than one step was asked for.
    case invalidStepCount(Int)
    /// `--hidden-uses updated` with several examples: the hidden layer can use weights updated in
    /// the same step only when a step learns from one example.
    case updatedOrderingNeedsOneExample(examples: Int)
    /// The first step would record more terms than a trace holds (`limit`): its examples times
    /// the terms of one.
    case traceTooLarge(terms: Int, limit: Int)
    /// The traced step is not one of the steps run.
    case tracedStepOutOfRange(Int, steps: Int)
    /// Rounding to `decimals` places with Adam: its second moments, about (1 − β₂)·g², round
    /// away, and the update divides by them.
    case adamRounded(decimals: Int)
    /// The same for RMSprop, whose average of squared gradients is about (1 − α)·g².
    case rmspropRounded(decimals: Int)
}
