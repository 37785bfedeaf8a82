import BackpropCore

/// A known slip that explains a wrong answer, with the terms that show it.
///
/// It carries facts, not sentences: the report phrases them. Terms are indices into the trace's
/// terms; the mistaken term is the ``Mistake``'s own.
package struct Diagnosis: Sendable, Hashable {
    /// What the slip involved.
    package enum Detail: Sendable, Equatable {
        /// A given written with another value.
        case givenMiscopied
        /// The sign flipped; for an output's ∂E/∂out, the target and output it is made of.
        case flippedSign(targetAndOutput: (target: Int, output: Int)?)
        /// The activation slope `slope` left out of the product.
        case missingActivationSlope(slope: Int)
        /// Net inputs used where these outputs belong (pairs of net input and output).
        case netForOut(nets: [Int], outputs: [Int])
        /// The activation's slope taken at `output`, squashing it a second time.
        case slopeAtOutput(output: Int)
        /// `output` used where the net input `net` belongs.
        case outForNet(output: Int, net: Int)
        /// The bias `bias` left out of the net input.
        case biasLeftOut(bias: Int)
        /// The ½ of the loss dropped, in the loss (`inSlope` false) or in its slope.
        case halfDropped(inSlope: Bool)
        /// A ½ kept in the loss (`inSlope` false) or its slope, which the loss does not have.
        case halfKept(inSlope: Bool)
        /// Only the Jacobian's diagonal entry `diagonal` used in a softmax δ.
        case softmaxCrossTermsDropped(diagonal: Int)
        /// The shortcut out − target multiplied by the activation slope `slope` again.
        case shortcutTimesSlope(slope: Int)
        /// The batch of `examples` combined by `used` instead of the other reduction.
        case otherReduction(used: Reduction, examples: Int)
        /// Computed with the other ordering's weights than the one `checked`.
        case otherOrdering(checked: OrderingChecked)
        /// The update of `parameter` without the learning rate.
        case learningRateLeftOut(parameter: Int, learningRate: Int, gradient: Int)
        /// The update of `parameter` added instead of subtracted.
        case updateAdded(parameter: Int, learningRate: Int, gradient: Int)
        /// The updated parameter written as `parameter` itself, not updated.
        case updateForgotten(parameter: Int)
        /// μ·v left out of momentum's new velocity (`momentum` is μ, `previous` the old velocity).
        case momentumLeftOut(momentum: Int, previous: Int)
        /// λ·p left out of the gradient with weight decay (`weightDecay` is λ, `parameter` p).
        case weightDecayLeftOut(weightDecay: Int, parameter: Int)
        /// The division of `moment` by 1 − βᵗ left out of Adam's corrected moment.
        case biasCorrectionLeftOut(moment: Int, beta: Int, step: Int)
        /// Weight `used` in the formula where `belongs` belongs.
        case weightUsedForAnother(used: Int, belongs: Int)
        /// The value of the same term for `sibling` written; the given weights of both, if known.
        case valueOfAnotherWeight(sibling: Int, weight: Int?, siblingWeight: Int?)
        /// Off by `units` in the last written digit; `cutOff` when the value is the right one
        /// cut off (truncated) after that digit rather than rounded.
        case roundingInLastDigit(units: Int, cutOff: Bool)
        /// Agreeing to about three significant figures: an intermediate value rounded early.
        case roundedTooEarly
        /// A weight's gradient written as the δ of the neuron it feeds: the factor `input`
        /// (∂net/∂w, the input the weight multiplies) left out; `delta` is the δ, if the step
        /// has one for that neuron.
        case deltaForGradient(delta: Int?, input: Int)
        /// Only the path through `path` (one ∂E_o/∂out_h) counted in the hidden neuron's
        /// `slope` (∂E_total/∂out_h), which sums every path.
        case onePathOnly(path: Int, slope: Int)
        /// A loss (a square, or a sum of them) written negative.
        case negativeSquare
        /// Accepted: the value follows from its operands rounded to `decimals` decimals, as a
        /// published walkthrough rounds them.
        case roundedOperands(decimals: Int)

        package static func == (left: Detail, right: Detail) -> Bool {
            switch (left, right) {
            case let (.flippedSign(a), .flippedSign(b)):
                return a?.target == b?.target && a?.output == b?.output
            case (.givenMiscopied, .givenMiscopied), (.roundedTooEarly, .roundedTooEarly),
                 (.negativeSquare, .negativeSquare):
                return true
            case let (.missingActivationSlope(a), .missingActivationSlope(b)): return a == b
            case let (.netForOut(a, b), .netForOut(c, d)): return a == c && b == d
            case let (.slopeAtOutput(a), .slopeAtOutput(b)): return a == b
            case let (.outForNet(a, b), .outForNet(c, d)): return a == c && b == d
            case let (.biasLeftOut(a), .biasLeftOut(b)), let (.updateForgotten(a), .updateForgotten(b)):
                return a == b
            case let (.halfDropped(a), .halfDropped(b)), let (.halfKept(a), .halfKept(b)): return a == b
            case let (.softmaxCrossTermsDropped(a), .softmaxCrossTermsDropped(b)),
                 let (.shortcutTimesSlope(a), .shortcutTimesSlope(b)):
                return a == b
            case let (.otherReduction(a, b), .otherReduction(c, d)): return a == c && b == d
            case let (.otherOrdering(a), .otherOrdering(b)): return a == b
            case let (.learningRateLeftOut(a, b, c), .learningRateLeftOut(d, e, f)),
                 let (.updateAdded(a, b, c), .updateAdded(d, e, f)):
                return a == d && b == e && c == f
            case let (.weightUsedForAnother(a, b), .weightUsedForAnother(c, d)),
                 let (.momentumLeftOut(a, b), .momentumLeftOut(c, d)),
                 let (.weightDecayLeftOut(a, b), .weightDecayLeftOut(c, d)):
                return a == c && b == d
            case let (.biasCorrectionLeftOut(a, b, c), .biasCorrectionLeftOut(d, e, f)):
                return a == d && b == e && c == f
            case let (.valueOfAnotherWeight(a, b, c), .valueOfAnotherWeight(d, e, f)):
                return a == d && b == e && c == f
            case let (.roundingInLastDigit(a, b), .roundingInLastDigit(c, d)): return a == c && b == d
            case let (.deltaForGradient(a, b), .deltaForGradient(c, d)): return a == c && b == d
            case let (.onePathOnly(a, b), .onePathOnly(c, d)): return a == c && b == d
            case let (.roundedOperands(a), .roundedOperands(b)): return a == b
            default: return false
            }
        }
    }

    /// Which ordering `check` followed when the student used the other.
    package enum OrderingChecked: Sendable, Equatable {
        /// The hidden layer uses the original weights (the student used the updated ones).
        case original
        /// The hidden layer uses the updated weights (the student used the original ones).
        case updated
    }

    /// Hashes the slip only: equal diagnoses share it, and a report has few of each.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(slip)
    }

    /// Which slip.
    package let slip: Slip
    /// The terms that show it.
    package let detail: Detail

    /// A diagnosis of `slip`.
    package init(_ slip: Slip, _ detail: Detail) {
        self.slip = slip
        self.detail = detail
    }
}
