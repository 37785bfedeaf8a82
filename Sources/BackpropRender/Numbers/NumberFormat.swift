import Foundation

/// The one place numbers become text: rounded to a number of decimal places.
///
/// Values are rounded correctly from their binary value (`%.*f`), trailing zeros after the point
/// are dropped (0.150000000 → 0.15, as the reference prints), and a result that rounds to zero
/// is shown as `0`, never `-0`.
public struct NumberFormat: Sendable, Equatable {
    /// The most decimal places shown.
    public let digits: Int

    /// The largest number of decimals accepted.
    public static let maximumDigits = 17

    /// A format with at most `digits` decimals (clamped to 0…17).
    public init(digits: Int) {
        self.digits = min(max(digits, 0), Self.maximumDigits)
    }

    /// The reference walkthrough's precision: 9 decimals.
    public static let standard = NumberFormat(digits: 9)

    /// `value` as text: `0.593269992`, `-0.019049118`, `0`, `nan`, `inf`, `-inf`.
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }
}
