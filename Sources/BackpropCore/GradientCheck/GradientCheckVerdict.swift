extension GradientCheck {
    /// What a parameter's relative error says, by the thresholds CS231n teaches.
    public enum Verdict: String, Sendable, CaseIterable {
        /// Below ``GradientCheck/fineBelow``: the two gradients agree.
        case fine
        /// The two differ by less than rounding alone can move the central difference at this
        /// step: too small to tell apart (a larger h would resolve them).
        case belowResolution
        /// Between the thresholds: usual where the loss has kinks, otherwise worth a closer look.
        case borderline
        /// Above ``GradientCheck/suspectAbove``: the backpropagated gradient is probably wrong.
        case suspect
        /// A ReLU's net input crosses 0 (its kink) between p − h and p + h: the central
        /// difference straddles a corner and says nothing about the slope. Flagged, not failed.
        case kink

        /// Whether the verdict counts against the gradient.
        public var fails: Bool { self == .suspect }
    }
}
