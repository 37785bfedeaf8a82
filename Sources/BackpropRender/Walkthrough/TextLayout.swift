/// Lays out display equations for a terminal: indented, and broken before each `=` when the
/// whole chain would not fit in ``width`` columns, the continuation lines' `=` under the first.
enum TextLayout {
    static let width = 100
    static let indent = "    "

    static func displayEquation(_ equation: String) -> String {
        let line = indent + equation
        guard line.count > width else { return line }
        let parts = equation.components(separatedBy: " = ")
        guard parts.count > 2 else { return line }
        let hanging = indent + String(repeating: " ", count: parts[0].count)
        var lines = [indent + parts[0] + " = " + parts[1]]
        for part in parts.dropFirst(2) { lines.append(hanging + " = " + part) }
        return lines.joined(separator: "\n")
    }
}
