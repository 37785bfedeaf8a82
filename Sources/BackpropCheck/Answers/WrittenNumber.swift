import Foundation

/// A number as a student wrote it: its value, and how precisely it was written.
///
/// `0.5933` stands for anything in [0.59325, 0.59335]: the precision is the place of the last
/// written digit, so trailing zeros count (`0.40` is written to hundredths).
public struct WrittenNumber: Sendable, Equatable {
    /// The text as written, such as `-0.0190` or `5.5e-4`.
    public let text: String
    /// The value the text denotes.
    public let value: Double
    /// The power of ten of the last written digit: −4 for `0.3775`, 0 for `12`, −5 for `5.5e-4`.
    public let lastDigitExponent: Int

    /// Reads a plain decimal number: an optional sign (`+`, `-` or `−`), digits with at most one
    /// point, and an optional exponent (`e-4`). Nil for anything else, and for values too large
    /// for a double.
    public init?(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{2212}" { scalars[0] = "-" }
        var position = 0
        if position < scalars.count, scalars[position] == "-" || scalars[position] == "+" {
            position += 1
        }
        var digits = 0
        var decimals = 0
        var seenPoint = false
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "." {
                if seenPoint { return nil }
                seenPoint = true
            } else if ("0"..."9").contains(scalar) {
                digits += 1
                if seenPoint { decimals += 1 }
            } else {
                break
            }
            position += 1
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if position < scalars.count, scalars[position] == "e" || scalars[position] == "E" {
            let exponentText = String(String.UnicodeScalarView(scalars[(position + 1)...]))
            guard exponentText.count <= 5,
                  let first = exponentText.unicodeScalars.first,
                  first == "-" || first == "+" || ("0"..."9").contains(first),
                  let value = Int(exponentText) else { return nil }
            exponent = value
            position = scalars.count
        }
        guard position == scalars.count else { return nil }
        let plain = String(String.UnicodeScalarView(scalars))
        guard let value = Double(plain), value.isFinite else { return nil }
        self.text = text
        self.value = value
        self.lastDigitExponent = exponent - decimals
    }

    /// Half a unit of the last written digit: 0.00005 for `0.3775`.
    public var halfUnit: Double { 0.5 * Foundation.pow(10, Double(lastDigitExponent)) }

    /// Decimals after the point that show the same precision: 4 for `0.3775`, 5 for `5.5e-4`.
    public var decimals: Int { max(0, -lastDigitExponent) }

    /// Whether `value` rounds to this number: it is within half a unit of the last written digit,
    /// widened by `allowance` (what rounding earlier values can account for) and by a few units
    /// in the last place of a double, so that a value exactly halfway rounds either way.
    public func agrees(with value: Double, allowance: Double = 0) -> Bool {
        guard value.isFinite else { return false }
        let slack = 16 * max(abs(value), abs(self.value)).ulp + halfUnit * 1e-9
        return abs(value - self.value) <= halfUnit + allowance + slack
    }
}
