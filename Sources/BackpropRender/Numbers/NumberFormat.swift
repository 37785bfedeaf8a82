import Foundation

/// How numbers are printed for people: a fixed number of decimals.
///
/// Every number the text outputs show goes through here, so that a value is printed the same way
/// wherever it appears.
public struct NumberFormat: Sendable, Equatable {
    /// Decimals after the point, 0 to 17.
    public let digits: Int

    /// A format with `digits` decimals (clamped to 0…17).
    public init(digits: Int) {
        self.digits = min(max(digits, 0), 17)
    }

    /// `value` rounded to ``digits`` decimals: `0.593269992`. A value that rounds to zero is
    /// printed without a minus sign; NaN is `nan`, infinities `inf` and `-inf`.
    public func string(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-"), !text.contains(where: { $0 >= "1" && $0 <= "9" }) {
            return String(text.dropFirst())
        }
        return text
    }
}
