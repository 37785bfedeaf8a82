/// A known slip in a hand calculation of backpropagation: the diagnosis catalogue.
///
/// Each is recognised by recomputing the mistaken step with the slip applied, from the student's
/// own values, and matching the result against what they wrote. `docs/check.md` describes each.
package enum Slip: String, Sendable, CaseIterable {
    /// A given of the network written with another value.
    case givenMiscopied = "given-miscopied"
    /// ∂E/∂out, δ or what follows from them with the opposite sign.
    case flippedSign = "flipped-sign"
    /// The activation's slope, out(1 − out), left out of a chain-rule product.
    case missingActivationSlope = "missing-activation-slope"
    /// A net input used where the neuron's output belongs.
    case netForOut = "net-for-out"
    /// An output used where the net input belongs (or the slope taken at out, squashing twice).
    case outForNet = "out-for-net"
    /// The bias left out of a net input.
    case biasLeftOut = "bias-left-out"
    /// The ½ of E = ½(target − out)² dropped, doubling E or ∂E/∂out.
    case halfDropped = "half-dropped"
    /// A ½ kept with a loss that has none, (target − out)², halving E or ∂E/∂out.
    case halfKept = "half-kept"
    /// A softmax output's δ from the Jacobian's diagonal only, the cross terms dropped.
    case softmaxCrossTermsDropped = "softmax-cross-terms-dropped"
    /// δ = out − target (cross-entropy with softmax, binary cross-entropy with logistic)
    /// multiplied by the activation's slope again.
    case shortcutTimesSlope = "shortcut-times-slope"
    /// A batch's loss or gradient summed where the mean belongs, or the reverse.
    case otherReduction = "other-reduction"
    /// The hidden layer computed with the other ordering's output weights (updated instead of
    /// original, or the reverse).
    case otherOrdering = "other-ordering"
    /// The update without the learning rate: w − ∂E/∂w.
    case learningRateLeftOut = "learning-rate-left-out"
    /// The update added instead of subtracted: w + η·∂E/∂w.
    case updateAdded = "update-added"
    /// The update forgotten: the updated parameter written as the parameter itself (w5⁺ = w5).
    case updateForgotten = "update-forgotten"
    /// Momentum's new velocity written as the gradient alone, μ times the old one left out.
    case momentumLeftOut = "momentum-left-out"
    /// The gradient with weight decay written as the plain gradient, λ times the parameter left
    /// out.
    case weightDecayLeftOut = "weight-decay-left-out"
    /// Adam's m̂ or v̂ written as the moment itself, without dividing by 1 − βᵗ.
    case biasCorrectionLeftOut = "bias-correction-left-out"
    /// Two weights' numbers swapped.
    case weightsSwapped = "weights-swapped"
    /// A weight's gradient written as δ, the ∂net/∂w factor (the input) left out.
    case deltaForGradient = "delta-for-gradient"
    /// Only one path counted into a hidden neuron: ∂E_total/∂out_h as one ∂E_o/∂out_h.
    case onePathOnly = "one-path-only"
    /// A loss written negative: a square cannot be.
    case negativeSquare = "negative-square"
    /// Right but for rounding: off by a few units in the last written digit.
    case roundingOnly = "rounding-only"
    /// Not a mistake: the value follows from its operands rounded to the answer's own decimals,
    /// as the reference walkthrough rounds them (its −0.019049119). Accepted as right.
    case referenceRounding = "reference-rounding"
}
