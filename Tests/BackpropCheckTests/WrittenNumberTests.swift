import BackpropCheck
import Testing

/// Numbers as written: their value and precision, and when a value rounds to them.
@Suite struct WrittenNumberTests {
    @Test(arguments: [
        ("0.3775", 0.3775, -4), ("12", 12.0, 0), ("0.40", 0.4, -2), ("5.5e-4", 0.00055, -5),
        ("-0.019049119", -0.019049119, -9), ("\u{2212}0.5", -0.5, -1), (".5", 0.5, -1),
        ("+3.", 3.0, 0), ("1E2", 100.0, 2),
    ])
    func valueAndPrecision(text: String, value: Double, exponent: Int) throws {
        let number = try #require(WrittenNumber(text))
        #expect(number.value == value)
        #expect(number.lastDigitExponent == exponent)
    }

    @Test(arguments: [
        ("8.22×10^-2", 0.0822, -4), ("8.22 x 10^-2", 0.0822, -4), ("8.22*10^(-2)", 0.0822, -4),
        ("8.22·10⁻²", 0.0822, -4), ("−8.22×10^−2", -0.0822, -4), ("5X10^3", 5000.0, 3),
    ])
    func powersOfTenAsPeopleWriteThem(text: String, value: Double, exponent: Int) throws {
        let number = try #require(WrittenNumber(text))
        #expect(abs(number.value - value) <= 1e-15)
        #expect(number.lastDigitExponent == exponent)
    }

    @Test(arguments: [
        ("0.0822", 3), ("0.40", 2), ("12", 2), ("0", 0), ("0.000", 0), ("1.20e-3", 3), ("-0.0190", 3),
        ("100", 3), ("0.05", 1), ("8.22×10^-2", 3),
    ])
    func significantDigitsAreCountedFromTheFirstNonZero(text: String, digits: Int) throws {
        #expect(try #require(WrittenNumber(text)).significantDigits == digits)
    }

    @Test(arguments: [
        "", "-", ".", "abc", "1..2", "1e", "1e+", "0x1p3", "inf", "nan", "1e999", "1,5", "1 2",
        "8.22×10", "8.22×10^", "8.22×11^2", "8.22×10^2.5", "8.22×10^12345", "x10^2",
        String(repeating: "1", count: 101),
    ])
    func notNumbers(text: String) {
        #expect(WrittenNumber(text) == nil)
    }

    @Test func roundsWithinHalfAUnitOfTheLastDigit() throws {
        let number = try #require(WrittenNumber("0.5933"))
        #expect(number.agrees(with: 0.593269992))
        #expect(number.agrees(with: 0.59325))
        #expect(number.agrees(with: 0.59335))
        #expect(!number.agrees(with: 0.59324))
        #expect(!number.agrees(with: 0.5932))
        #expect(!number.agrees(with: .nan))
        #expect(number.agrees(with: 0.5932, allowance: 0.0001))
    }

    @Test func exactlyHalfwayRoundsEitherWay() throws {
        // The walkthrough's −0.038098237 · 0.5 = −0.0190491185, printed as −0.019049119.
        let up = try #require(WrittenNumber("-0.019049119"))
        let even = try #require(WrittenNumber("-0.019049118"))
        #expect(up.agrees(with: -0.038098237 * 0.5))
        #expect(even.agrees(with: -0.038098237 * 0.5))
    }

    @Test func anExactValueIsItselfNotARounding() throws {
        #expect(try #require(WrittenNumber("0.05")).isExactly(0.05))
        #expect(try #require(WrittenNumber("0.1")).isExactly(0.1))
        #expect(!(try #require(WrittenNumber("0.6")).isExactly(0.5932699921071872)))
    }

    @Test func zeroIsExactForTheNoiseOfASumThatCancels() throws {
        let zero = try #require(WrittenNumber("0"))
        #expect(zero.isExactly(-5.551115123125783e-17), "a softmax bias gradient")
        #expect(!zero.isExactly(1e-9))
        #expect(!(try #require(WrittenNumber("0.0")).isExactly(0.0004)))
    }
}
