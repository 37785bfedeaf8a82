/// Right but for rounding: a few units off in the last written digit of a value written to at
/// least three significant figures, or agreeing to three
/// significant figures (an intermediate value rounded too early), measured from the value the
/// student's own earlier values give or from the exact one.
struct RoundingOnly: SlipCheck {
    /// How many units of the last digit count as a rounding difference.
    static let units = 3.0
    /// The relative difference that still counts as an intermediate value rounded too early.
    static let relative = 1e-3

    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        let unit = 2 * context.number.halfUnit
        let written = context.number.value
        var candidates = [(context.term.value, 0.0)]
        for formula in context.formulas {
            candidates.append((context.world.evaluate(formula), context.world.allowance(for: formula)))
        }
        for (value, allowance) in candidates {
            let distance = abs(written - value)
            guard distance.isFinite else { continue }
            // With fewer than three figures, a few units of the last digit are no rounding.
            if context.number.significantDigits >= 3, distance <= Self.units * unit + allowance {
                let off = max(1, Int((max(0, distance - allowance) / unit).rounded()))
                // Cut off: the same sign, smaller, and within one unit.
                let cutOff = off == 1 && (written == 0 || (written < 0) == (value < 0))
                    && abs(written) < abs(value) && abs(value) - abs(written) < unit
                return Diagnosis(.roundingOnly, .roundingInLastDigit(units: off, cutOff: cutOff))
            }
            if distance <= Self.relative * abs(value) + allowance {
                return Diagnosis(.roundingOnly, .roundedTooEarly)
            }
        }
        return nil
    }
}
