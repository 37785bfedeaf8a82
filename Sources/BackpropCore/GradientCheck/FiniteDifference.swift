/// The arithmetic of a gradient check, written once: ``GradientCheck`` computes with it, and
/// `check` recomputes a student's estimate with it (through ``Formula/evaluate(_:)``).
public enum FiniteDifference {
    /// (E(p + h) − E(p − h)) / 2h: the central difference, whose error shrinks like h², where the
    /// one-sided (E(p + h) − E(p)) / h's shrinks only like h.
    @inlinable
    public static func central(raised: Double, lowered: Double, step: Double) -> Double {
        (raised - lowered) / (2 * step)
    }

    /// |a − b| / max(|a|, |b|), the relative error CS231n teaches; 0 when both are 0.
    public static func relativeError(_ a: Double, _ b: Double) -> Double {
        let scale = max(abs(a), abs(b))
        return scale == 0 ? 0 : abs(a - b) / scale
    }

    /// How far rounding alone may move a central difference: each of E(p ± h) is off by a few
    /// units in its last place (up to ``roundingUnits`` of them, generously), and the
    /// difference divides that by 2h.
    public static func roundingLimit(raised: Double, lowered: Double, step: Double) -> Double {
        roundingUnits * Double.ulpOfOne * max(abs(raised), abs(lowered)) / step
    }

    /// The units in the last place of E that ``roundingLimit(raised:lowered:step:)`` allows for.
    public static let roundingUnits = 16.0
}
