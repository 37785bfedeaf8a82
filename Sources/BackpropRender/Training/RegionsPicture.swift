import BackpropCore
import Foundation

/// The decision regions of a network of two inputs with the examples on top: a character grid
/// for text and Markdown, SVG for HTML, TikZ for LaTeX. Classes are told apart by shade and by
/// the points' marks (`o` class 0, `x` class 1, then `+ * # @ %`).
struct RegionsPicture {
    let regions: DecisionRegions
    /// Each example's two coordinates and class.
    let points: [(x: Double, y: Double, label: Int)]

    static let marks = Array("ox+*#@%")
    static let shades = Array(" ░▒▓")
    static let colours = ["#c6dbef", "#fdd0a2", "#c7e9c0", "#dadaeb", "#fcbba1", "#d9d9d9", "#f7f7f7"]
    static let pointColours = ["#08519c", "#d94801", "#238b45", "#6a51a3", "#cb181d", "#525252", "#000000"]

    private var rows: Int { regions.classes.count }
    private var columns: Int { regions.classes.first?.count ?? 0 }

    /// The cell a point falls in, if inside the grid.
    private func cell(_ x: Double, _ y: Double) -> (row: Int, column: Int)? {
        let (across, down) = position(x, y)
        guard (0..<1).contains(across), (0..<1).contains(down) else { return nil }
        return (min(Int(down * Double(rows)), rows - 1), min(Int(across * Double(columns)), columns - 1))
    }

    /// Where a point lies in the picture: across from the left edge and down from the top, each
    /// from 0 to 1 inside it; finite for any finite point (see `DecisionRegions.fraction`).
    private func position(_ x: Double, _ y: Double) -> (across: Double, down: Double) {
        (
            DecisionRegions.fraction(of: x, in: regions.xRange),
            1 - DecisionRegions.fraction(of: y, in: regions.yRange)
        )
    }

    func text() -> String {
        var grid = regions.classes.map { $0.map { Self.shades[$0 % Self.shades.count] } }
        for point in points {
            guard let (row, column) = cell(point.x, point.y) else { continue }
            grid[row][column] = Self.marks[point.label % Self.marks.count]
        }
        let border = "+" + String(repeating: "-", count: columns) + "+"
        let body = grid.map { "|" + String($0) + "|" }
        let numbers = NumberFormat(digits: 2)
        let axes = "x from \(numbers.string(regions.xRange.lowerBound)) to \(numbers.string(regions.xRange.upperBound)), "
            + "y from \(numbers.string(regions.yRange.lowerBound)) to \(numbers.string(regions.yRange.upperBound))"
        return ([border] + body + [border, axes]).joined(separator: "\n")
    }

    func svg(size: Double = 360) -> String {
        let cellWidth = size / Double(columns), cellHeight = size / Double(rows)
        var parts: [String] = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size))\" height=\"\(Int(size))\" viewBox=\"0 0 \(Int(size)) \(Int(size))\" role=\"img\" aria-label=\"decision regions\">",
        ]
        for (row, classes) in regions.classes.enumerated() {
            for (column, label) in classes.enumerated() {
                parts.append(String(
                    format: "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" ",
                    Double(column) * cellWidth, Double(row) * cellHeight, cellWidth + 0.3, cellHeight + 0.3
                ) + "fill=\"\(Self.colours[label % Self.colours.count])\"/>")
            }
        }
        for point in points where point.x.isFinite && point.y.isFinite {
            let (across, down) = position(point.x, point.y)
            parts.append(
                String(format: "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"3\" ", across * size, down * size)
                    + "fill=\"\(Self.pointColours[point.label % Self.pointColours.count])\" stroke=\"white\" stroke-width=\"0.5\"/>"
            )
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    func tikz(size: Double = 8) -> String {
        let cellWidth = size / Double(columns), cellHeight = size / Double(rows)
        var lines = ["\\begin{center}", "\\begin{tikzpicture}"]
        for (index, colour) in Self.colours.enumerated() {
            lines.append("\\definecolor{region\(index)}{HTML}{\(colour.dropFirst().uppercased())}")
            lines.append("\\definecolor{point\(index)}{HTML}{\(Self.pointColours[index].dropFirst().uppercased())}")
        }
        for (row, classes) in regions.classes.enumerated() {
            for (column, label) in classes.enumerated() {
                let x = Double(column) * cellWidth, y = size - Double(row + 1) * cellHeight
                lines.append(String(
                    format: "\\fill[region%d] (%.3f,%.3f) rectangle (%.3f,%.3f);",
                    label % Self.colours.count, x, y, x + cellWidth + 0.005, y + cellHeight + 0.005
                ))
            }
        }
        for point in points where point.x.isFinite && point.y.isFinite {
            let (across, down) = position(point.x, point.y)
            lines.append(String(
                format: "\\fill[point%d] (%.3f,%.3f) circle (0.05);", point.label % Self.colours.count,
                across * size, (1 - down) * size
            ))
        }
        lines += ["\\end{tikzpicture}", "\\end{center}"]
        return lines.joined(separator: "\n")
    }
}
