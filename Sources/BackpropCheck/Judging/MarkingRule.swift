/// The precision floor: how precisely a value must be written to be marked right.
///
/// A value written less precisely is marked ``Mark/tooImprecise`` even if the exact value rounds
/// to it, so that `w5+ = 0` cannot score as right. A value that *is* the exact value (`0.05` for
/// an input of 0.05, `1` for a linear activation's slope) is precise at any length.
package enum MarkingRule: Sendable, Equatable, Hashable {
    /// At least this many significant figures (`0.0822` has 3).
    case significantFigures(Int)
    /// At least this many decimals (`0.0822` has 4).
    case decimals(Int)

    /// The default: three significant figures.
    package static let standard = MarkingRule.significantFigures(3)

    /// The most figures or decimals a rule can ask for: a double has 17 significant digits.
    package static let maximum = 17

    /// Whether `number` is written precisely enough.
    package func admits(_ number: WrittenNumber) -> Bool {
        switch self {
        case let .significantFigures(figures): return number.significantDigits >= figures
        case let .decimals(decimals): return -number.lastDigitExponent >= decimals
        }
    }
}
