import Foundation

/// A number as a student wrote it: its value, and how precisely it was written.
///
/// `0.5933` stands for anything in [0.59325, 0.59335]: the precision is the place of the last
/// written digit, so trailing zeros count (`0.40` is written to hundredths).
package struct WrittenNumber: Sendable, Equatable {
    /// The text as written, such as `-0.0190`, `5.5e-4` or `8.22×10^-2`.
    package let text: String
    /// The value the text denotes.
    package let value: Double
    /// The power of ten of the last written digit: −4 for `0.3775`, 0 for `12`, −5 for `5.5e-4`.
    package let lastDigitExponent: Int
    /// How many significant figures are written: the digits from the first that is not zero to
    /// the last, 3 for `0.0822` and for `1.20e-3`, 2 for `0.40`, none for `0` or `0.000`.
    package let significantDigits: Int

    /// Reads a plain decimal number: an optional sign (`+`, `-` or `−`), digits with at most one
    /// point, and an optional exponent, written `e-4`, `×10^-4`, `x10^-4`, `*10^(-4)`, `·10⁻⁴`
    /// (spaces around the `×` allowed). Nil for anything else, and for values too large for a
    /// double.
    package init?(_ text: String) {
        self.init(parsing: text, shown: text)
    }

    private init?(parsing text: String, shown: String) {
        guard text.unicodeScalars.count <= Self.maximumLength,
              let (mantissa, exponent) = Self.split(text) else { return nil }
        var scalars = Array(mantissa.unicodeScalars)
        if scalars.first == "\u{2212}" { scalars[0] = "-" }
        var position = 0
        if position < scalars.count, scalars[position] == "-" || scalars[position] == "+" {
            position += 1
        }
        var digits = 0
        var decimals = 0
        var significant = 0
        var seenPoint = false
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "." {
                if seenPoint { return nil }
                seenPoint = true
            } else if ("0"..."9").contains(scalar) {
                digits += 1
                if seenPoint { decimals += 1 }
                if significant > 0 || scalar != "0" { significant += 1 }
            } else {
                return nil
            }
            position += 1
        }
        guard digits > 0 else { return nil }
        let plain = String(String.UnicodeScalarView(scalars)) + "e" + String(exponent)
        guard let value = Double(plain), value.isFinite else { return nil }
        self.text = shown
        self.value = value
        self.lastDigitExponent = exponent - decimals
        self.significantDigits = significant
    }

    /// Reads `text` as ``init(_:)`` does, or with `decimalComma` a number written with a decimal
    /// comma (`0,0821`, `-1,5e-3`): one comma and no point. The text is kept as written.
    package init?(_ text: String, decimalComma: Bool) {
        guard decimalComma, text.filter({ $0 == "," }).count == 1, !text.contains(".") else {
            self.init(text)
            return
        }
        self.init(parsing: String(text.map { $0 == "," ? "." : $0 }), shown: text)
    }

    /// Longer texts are not numbers anyone writes by hand (a double has 17 significant digits).
    static let maximumLength = 100

    /// The digits before the exponent, and the exponent (0 when none is written).
    private static func split(_ text: String) -> (Substring, Int)? {
        let scalars = text.unicodeScalars
        if let e = scalars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let exponentText = String(scalars[scalars.index(after: e)...])
            guard let exponent = integer(exponentText) else { return nil }
            return (Substring(scalars[..<e]), exponent)
        }
        let times: Set<Unicode.Scalar> = ["\u{00D7}", "x", "X", "*", "\u{00B7}", "\u{22C5}"]
        guard let mark = scalars.firstIndex(where: { times.contains($0) }) else {
            return (Substring(text), 0)
        }
        let mantissa = Substring(scalars[..<mark]).trimmedSpaces
        var power = Substring(scalars[scalars.index(after: mark)...]).trimmedSpaces
        guard power.hasPrefix("10") else { return nil }
        power = power.dropFirst(2)
        if power.first == "^" {
            power = power.dropFirst()
            if power.first == "(", power.last == ")" { power = power.dropFirst().dropLast() }
        } else {
            power = Substring(superscriptDigits(power) ?? "")
        }
        guard let exponent = integer(String(power)) else { return nil }
        return (mantissa, exponent)
    }

    /// A signed whole number of at most four digits: `-2`, `+3`, `−2`.
    private static func integer(_ text: String) -> Int? {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{2212}" { scalars[0] = "-" }
        let digits = scalars.drop { $0 == "-" || $0 == "+" }
        guard scalars.count - digits.count <= 1, (1...4).contains(digits.count),
              digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(String(String.UnicodeScalarView(scalars)))
    }

    /// `⁻²` as `-2`; nil if anything else is written.
    private static func superscriptDigits(_ text: Substring) -> String? {
        let digits: [Unicode.Scalar: Character] = [
            "\u{2070}": "0", "\u{00B9}": "1", "\u{00B2}": "2", "\u{00B3}": "3", "\u{2074}": "4",
            "\u{2075}": "5", "\u{2076}": "6", "\u{2077}": "7", "\u{2078}": "8", "\u{2079}": "9",
            "\u{207B}": "-", "\u{207A}": "+",
        ]
        var result = ""
        for scalar in text.unicodeScalars {
            guard let digit = digits[scalar] else { return nil }
            result.append(digit)
        }
        return result.isEmpty ? nil : result
    }

    /// Half a unit of the last written digit: 0.00005 for `0.3775`.
    package var halfUnit: Double { 0.5 * Foundation.pow(10, Double(lastDigitExponent)) }

    /// Decimals after the point that show the same precision: 4 for `0.3775`, 5 for `5.5e-4`.
    package var decimals: Int { max(0, -lastDigitExponent) }

    /// Whether `value` rounds to this number: it is within half a unit of the last written digit,
    /// widened by `allowance` (what rounding earlier values can account for) and by a few units
    /// in the last place of a double, so that a value exactly halfway rounds either way.
    package func agrees(with value: Double, allowance: Double = 0) -> Bool {
        guard value.isFinite else { return false }
        let slack = 16 * max(abs(value), abs(self.value)).ulp + halfUnit * 1e-9
        return abs(value - self.value) <= halfUnit + allowance + slack
    }

    /// Whether this is `value` itself, not a rounding of it: `0.05` for an input of 0.05. A
    /// written zero is exact for a value below `zeroNoise` in magnitude: a sum that cancels
    /// (a softmax bias gradient) leaves such floating-point noise where the true value is 0.
    package func isExactly(_ value: Double) -> Bool {
        if self.value == 0, abs(value) < Self.zeroNoise { return true }
        return abs(value - self.value) <= 4 * max(abs(value), abs(self.value)).ulp
    }

    /// Below this magnitude a computed value counts as zero for ``isExactly(_:)``.
    package static let zeroNoise = 1e-12
}
