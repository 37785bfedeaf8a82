import Foundation

/// A picture's coordinates and lengths as text: at most one decimal, no trailing `.0`.
enum Coordinate {
    static func text(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let text = tenths.truncatingRemainder(dividingBy: 10) == 0
            ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
        return text == "-0" ? "0" : text
    }
}
