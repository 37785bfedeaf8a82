/// The few formulas of a training step that are not an activation's own.
///
/// One function per formula, used by the traced step, the fast trainer and the diagnosis of a
/// student's slips, so that every number the product shows comes from the same arithmetic.
public enum Calculus {
    /// E = ½(target − out)², one output's share of the squared error.
    @inlinable
    public static func halfSquaredError(target: Double, output: Double) -> Double {
        let difference = target - output
        return 0.5 * difference * difference
    }

    /// ∂E_total/∂out = −(target − out).
    @inlinable
    public static func errorSlope(target: Double, output: Double) -> Double {
        -(target - output)
    }

    /// The gradient-descent update p⁺ = p − η·∂E_total/∂p.
    @inlinable
    public static func updated(
        _ parameter: Double, learningRate: Double, gradient: Double
    ) -> Double {
        parameter - learningRate * gradient
    }
}
