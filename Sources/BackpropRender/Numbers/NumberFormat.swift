import Foundation

/// The one place numbers become text: rounded to a number of decimal places.
///
/// Values are rounded correctly from their exact binary value, as C's `%.*f` rounds them;
/// trailing zeros after the point are dropped (0.150000000 → 0.15, as the reference prints)
/// unless the format keeps them (`0.0100` at a student's four decimals); and a result that
/// rounds to zero is shown as `0`, never `-0`.
package struct NumberFormat: Sendable, Equatable {
    /// The most decimal places shown.
    package let digits: Int
    /// Whether every one of the `digits` decimals is shown, zeros included (`0.0100`).
    package let keepsTrailingZeros: Bool

    /// The largest number of decimals accepted.
    package static let maximumDigits = 17

    /// A format with at most `digits` decimals (clamped to 0…17), or exactly that many with
    /// `keepsTrailingZeros`.
    package init(digits: Int, keepsTrailingZeros: Bool = false) {
        self.digits = min(max(digits, 0), Self.maximumDigits)
        self.keepsTrailingZeros = keepsTrailingZeros
    }

    /// A format that shows `value` with `figures` significant figures (at least `minimumDigits`
    /// decimals), its significant zeros kept: 0.3 at 9 figures is `0.300000000`, 0.01 at 3 is
    /// `0.0100`, 1234.5 at 3 is `1235` (whole digits are never dropped). Zero gets
    /// `minimumDigits` decimals.
    package static func significant(
        _ figures: Int, of value: Double, minimumDigits: Int = 0
    ) -> NumberFormat {
        var decimals = minimumDigits
        if value.isFinite, value != 0 {
            let leading = Int(Foundation.floor(Foundation.log10(abs(value))))
            decimals = max(decimals, figures - 1 - leading)
            // 0.0999 at 2 figures rounds up to 0.10, one decimal fewer than 0.0999 asks.
            let rounded = Double(String(format: "%.\(min(decimals, maximumDigits))f", abs(value))) ?? 0
            if rounded != 0, Int(Foundation.floor(Foundation.log10(rounded))) > leading {
                decimals = max(minimumDigits, decimals - 1)
            }
        }
        return NumberFormat(digits: decimals, keepsTrailingZeros: true)
    }

    /// The reference walkthrough's precision: 9 decimals.
    package static let standard = NumberFormat(digits: 9)

    /// `value` as text: `0.593269992`, `-0.019049118`, `0`, `nan`, `inf`, `-inf`; from 10²¹ on,
    /// in the shortest exponent form (`1e+308`), as ``exact(_:)`` writes such numbers.
    package func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        // From 10²¹ on every digit is before the point, and there can be 309 of them.
        guard abs(value) < 1e21 else { return value.description }
        let text = Self.roundedShortest(value, digits: digits) ?? Self.roundedExactly(value, digits: digits)
        let shown = text == "-0" ? "0" : text
        return keepsTrailingZeros ? Self.padded(shown, toDecimals: digits) : shown
    }

    /// `text` with zeros appended up to `decimals` decimals (and its point, when it has none).
    private static func padded(_ text: String, toDecimals decimals: Int) -> String {
        guard decimals > 0 else { return text }
        let shown = text.split(separator: ".", maxSplits: 1).dropFirst().first?.count
        return text + (shown == nil ? "." : "") + String(repeating: "0", count: decimals - (shown ?? 0))
    }

    /// `value` in scientific notation with `significant` significant digits, for numbers far
    /// below the decimals shown (a relative error of 3.2·10⁻¹⁰): the mantissa without trailing
    /// zeros and the exponent. Nil for 0 and for values that are not finite.
    package static func scientific(_ value: Double, significant: Int = 2) -> (mantissa: String, exponent: Int)? {
        guard value.isFinite, value != 0 else { return nil }
        let text = String(format: "%.\(max(0, min(significant, 17) - 1))e", value)
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else { return nil }
        var mantissa = String(text[..<e])
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        return (mantissa, exponent)
    }

    /// `value` as given, never rounded: the shortest digits that read back to the same double,
    /// written without an exponent (`0.15`, `0.00001`, `-2`, `123456.5`), as the network file and
    /// `--weights` write them; `nan`, `inf` and `-inf` as ``string(_:)`` writes them. Numbers
    /// below 10⁻²⁰ or from 10²¹ on keep Swift's exponent form (`1e-25`), which stays short.
    package static func exact(_ value: Double) -> String {
        guard value.isFinite else { return NumberFormat(digits: 0).string(value) }
        if value == 0 { return "0" }
        var (negative, digits, point) = shortestDigits(value)
        // `1.0` is described with a zero that no given was written with.
        while digits.count > max(point, 1), digits.last == 0 { digits.removeLast() }
        guard point > -20, point <= 21 else { return value.description }
        let zero = UInt8(ascii: "0")
        var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        if point <= 0 {
            text += [zero, UInt8(ascii: ".")] + Array(repeating: zero, count: -point) + digits.map { zero + $0 }
        } else {
            text += (0..<max(point, digits.count)).map { position in
                position < digits.count ? zero + digits[position] : zero
            }
            if digits.count > point { text.insert(UInt8(ascii: "."), at: text.count - (digits.count - point)) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Rounds Swift's shortest round-trip digits of `value`. This equals rounding the exact
    /// binary value except when the digits end in a 5 exactly at the rounding position (a
    /// decimal tie the binary value need not share) or more than 15 significant digits are
    /// asked for, where it returns nil. Why: a rounding
    /// boundary strictly between the exact value and its shortest digits would itself be a
    /// shorter string that reads back to the same double, so the shortest digits and the exact
    /// value always fall on the same side of every boundary but their own last digit.
    static func roundedShortest(_ value: Double, digits: Int) -> String? {
        var (negative, decimals, point) = shortestDigits(value)
        // Past 15 significant digits the exact binary expansion can differ from the shortest
        // digits (0.1 is 0.1000000000000000055…): leave those to the C library.
        if point + digits > 15 { return nil }
        if decimals.count - point > digits {
            let cut = point + digits
            if cut < 0 { return "0" }
            if decimals.count - cut == 1 && decimals[cut] == 5 { return nil }
            let roundUp = decimals[cut] >= 5
            decimals.removeSubrange(cut...)
            if roundUp {
                var index = decimals.count - 1
                while index >= 0, decimals[index] == 9 {
                    decimals[index] = 0
                    index -= 1
                }
                if index >= 0 {
                    decimals[index] += 1
                } else {
                    decimals.insert(1, at: 0)
                    point += 1
                }
            }
        }
        while decimals.count > max(point, 0), decimals.last == 0 { decimals.removeLast() }
        var text: [UInt8] = []
        text.reserveCapacity(decimals.count + 24)
        if negative { text.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        if point <= 0 {
            text.append(zero)
        } else {
            var leading = true
            for position in 0..<point {
                let digit = position < decimals.count ? decimals[position] : 0
                if leading && digit == 0 && position < point - 1 { continue }
                leading = false
                text.append(zero + digit)
            }
        }
        if decimals.count > max(point, 0) {
            text.append(UInt8(ascii: "."))
            if point < 0 { text.append(contentsOf: repeatElement(zero, count: -point)) }
            for digit in decimals[max(point, 0)...] { text.append(zero + digit) }
        }
        let result = String(decoding: text, as: UTF8.self)
        return result == "-0" ? "0" : result
    }

    /// The digits of Swift's shortest representation and where the decimal point goes:
    /// 0.0375 → ([3, 7, 5], point -1); 12.5 → ([1, 2, 5], point 2).
    private static func shortestDigits(_ value: Double) -> (negative: Bool, digits: [UInt8], point: Int) {
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var negative = false, integerCount = 0, seenPoint = false
        var exponent = 0, exponentSign = 1, inExponent = false
        for byte in value.description.utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                if inExponent { exponentSign = -1 } else { negative = true }
            case UInt8(ascii: "+"):
                continue
            case UInt8(ascii: "."):
                seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExponent = true
            default:
                let digit = byte &- UInt8(ascii: "0")
                if inExponent {
                    exponent = exponent * 10 + Int(digit)
                } else {
                    digits.append(digit)
                    if !seenPoint { integerCount += 1 }
                }
            }
        }
        var point = integerCount + exponentSign * exponent
        var leadingZeros = 0
        while leadingZeros < digits.count - 1, digits[leadingZeros] == 0 { leadingZeros += 1 }
        if leadingZeros > 0 {
            digits.removeFirst(leadingZeros)
            point -= leadingZeros
        }
        return (negative, digits, point)
    }

    /// Rounds the exact binary value with the C library (slower; used for decimal ties).
    static func roundedExactly(_ value: Double, digits: Int) -> String {
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
