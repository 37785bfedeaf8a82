/// The update rule of plain gradient descent: the one formula of a step that belongs to neither
/// an activation nor the loss.
public enum GradientDescent {
    /// p⁺ = p − η·∂E_total/∂p.
    @inlinable
    public static func updated(
        _ parameter: Double, learningRate: Double, gradient: Double
    ) -> Double {
        parameter - learningRate * gradient
    }
}
