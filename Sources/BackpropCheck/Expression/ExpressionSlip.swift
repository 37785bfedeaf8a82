import BackpropCore

/// A known slip in an expression's backward pass that gives the student's number exactly,
/// each naming the node whose rule went wrong. Recomputed with the operations' own formulas.
package enum ExpressionSlip: Sendable, Equatable {
    /// A value used in several places, with one path's contribution (through `consumer`) left out.
    case fanOutPathLeftOut(consumer: Int, uses: Int)
    /// The power rule without its factor n: aⁿ⁻¹ instead of n·aⁿ⁻¹ (the power node).
    case powerRuleWithoutFactor(power: Int, exponent: Double)
    /// The quotient rule's sign: +a/b² instead of −a/b² (the quotient node).
    case quotientRuleSign(quotient: Int)
    /// The sigmoid's slope taken as σ instead of σ(1 − σ) (the sigmoid node).
    case sigmoidSlopeAsValue(sigmoid: Int)
    /// A chain factor dropped on the path through `consumer`: its gradient (only the local
    /// derivative kept), or its local derivative (only its gradient kept).
    case chainFactorDropped(consumer: Int, keptLocalDerivative: Bool)
}
