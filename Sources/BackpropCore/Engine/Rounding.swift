import Foundation

/// Rounding to a number of decimals, as a careful hand calculation rounds every intermediate
/// value: half away from zero, on the decimal number a calculator shows.
public struct Rounding: Sendable, Equatable {
    /// The decimals kept.
    public let decimals: Int
    private let scale: Double

    /// Rounding to `decimals` decimals (0…15).
    public init(decimals: Int) {
        self.decimals = decimals
        scale = Foundation.pow(10, Double(decimals))
    }

    /// `value` rounded: the double nearest the rounded decimal. Non-finite values pass through.
    public func apply(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let scaled = value * scale
        let fraction = abs(scaled - scaled.rounded(.towardZero))
        // Far from a half, the binary product rounds as the decimal does; near one (1.0005 is
        // 1000.4999… thousandths in binary), the shortest decimal text decides, as it would for a
        // person reading the calculator.
        if abs(fraction - 0.5) > 1e-6 { return scaled.rounded(.toNearestOrAwayFromZero) / scale }
        guard var decimal = Decimal(string: "\(value)") else { return scaled.rounded() / scale }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, decimals, .plain)
        return Double("\(rounded)") ?? scaled.rounded() / scale
    }
}
