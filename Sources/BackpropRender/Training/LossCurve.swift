import BackpropCore
import BackpropSupport
import Foundation

/// The loss curve of a training run as a picture in each format: a Unicode chart for the
/// terminal, a Mermaid `xychart-beta` for Markdown, SVG for HTML, pgfplots for LaTeX.
///
/// The loss axis is logarithmic when every loss is positive and they span more than a factor
/// of 100; positions on it are the only arithmetic here, and they are only for drawing.
struct LossCurve {
    let points: [TrainingHistory.Record]
    let numbers: NumberFormat

    init(_ points: [TrainingHistory.Record], numbers: NumberFormat = NumberFormat(digits: 4)) {
        self.points = points.filter { $0.loss.isFinite }
        self.numbers = numbers
    }

    private var lossRange: (low: Double, high: Double) {
        let losses = points.map(\.loss)
        return (losses.min() ?? 0, losses.max() ?? 1)
    }

    var isLogarithmic: Bool {
        let (low, high) = lossRange
        return low > 0 && high / low > 100
    }

    /// Where `loss` sits between the lowest (0) and highest (1) loss.
    private func height(_ loss: Double) -> Double {
        let (low, high) = lossRange
        guard high > low else { return 0.5 }
        return isLogarithmic ? log(loss / low) / log(high / low) : (loss - low) / (high - low)
    }

    private var lastEpoch: Int { max(points.last?.epoch ?? 1, 1) }

    /// Columns of eighth blocks, `width` × `rows` characters, with the loss range at the left
    /// and the epochs below.
    func text(width: Int = 60, rows: Int = 10) -> String {
        guard !points.isEmpty else { return "(no loss recorded)" }
        let blocks = Array(" ▁▂▃▄▅▆▇█")
        var heights = [Int](repeating: -1, count: width)
        for point in points {
            let column = min(width - 1, Int(Double(point.epoch) / Double(lastEpoch) * Double(width - 1)))
            heights[column] = max(heights[column], Int((height(point.loss) * Double(rows * 8 - 1)).rounded()) + 1)
        }
        var last = 1
        for column in heights.indices {
            if heights[column] < 0 { heights[column] = last } else { last = heights[column] }
        }
        let (low, high) = lossRange
        let labels = [numbers.string(high), numbers.string(low)]
        let margin = labels.map(\.count).max() ?? 0
        var lines: [String] = []
        for row in 0..<rows {
            let floor = (rows - 1 - row) * 8
            let cells = heights.map { blocks[min(max($0 - floor, 0), 8)] }
            let label = row == 0 ? labels[0] : row == rows - 1 ? labels[1] : ""
            lines.append(String(repeating: " ", count: margin - label.count) + label + " ┤" + String(cells))
        }
        let end = String(lastEpoch)
        lines.append(String(repeating: " ", count: margin) + " └" + String(repeating: "─", count: width))
        lines.append(
            String(repeating: " ", count: margin + 2) + "0"
                + String(repeating: " ", count: max(width - 1 - end.count, 1)) + end + "  epoch"
        )
        if isLogarithmic { lines.append(String(repeating: " ", count: margin + 2) + "(loss on a logarithmic scale)") }
        return lines.joined(separator: "\n")
    }

    /// At most `count` of the points, evenly chosen, the last always among them.
    private func thinned(to count: Int) -> [TrainingHistory.Record] {
        guard points.count > count else { return points }
        let step = Double(points.count - 1) / Double(count - 1)
        return (0..<count).map { points[Int((Double($0) * step).rounded())] }
    }

    func mermaid() -> String {
        let shown = thinned(to: 40)
        let (low, high) = lossRange
        let numbers = NumberFormat(digits: 6)
        return """
            ```mermaid
            xychart-beta
                title "Loss by epoch"
                x-axis "epoch" [\(shown.map { String($0.epoch) }.joined(separator: ", "))]
                y-axis "loss" \(numbers.string(min(low, 0))) --> \(numbers.string(high))
                line [\(shown.map { numbers.string($0.loss) }.joined(separator: ", "))]
            ```
            """
    }

    func svg(width: Double = 600, height chartHeight: Double = 260) -> String {
        let left = 70.0, bottom = 30.0, top = 10.0, right = 10.0
        let plotWidth = width - left - right, plotHeight = chartHeight - top - bottom
        let coordinates = points.map { point in
            let x = left + Double(point.epoch) / Double(lastEpoch) * plotWidth
            let y = top + (1 - height(point.loss)) * plotHeight
            return String(format: "%.1f,%.1f", x, y)
        }
        let (low, high) = lossRange
        let scale = isLogarithmic ? " (log scale)" : ""
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(chartHeight))" \
            viewBox="0 0 \(Int(width)) \(Int(chartHeight))" role="img" aria-label="loss by epoch">
            <rect x="\(left)" y="\(top)" width="\(plotWidth)" height="\(plotHeight)" fill="none" stroke="#999"/>
            <polyline fill="none" stroke="#1f77b4" stroke-width="2" points="\(coordinates.joined(separator: " "))"/>
            <text x="\(left - 4)" y="\(top + 10)" text-anchor="end">\(numbers.string(high))</text>
            <text x="\(left - 4)" y="\(top + plotHeight)" text-anchor="end">\(numbers.string(low))</text>
            <text x="\(left)" y="\(chartHeight - 8)">0</text>
            <text x="\(left + plotWidth)" y="\(chartHeight - 8)" text-anchor="end">\(lastEpoch)</text>
            <text x="\(left + plotWidth / 2)" y="\(chartHeight - 8)" text-anchor="middle">epoch — loss\(scale)</text>
            </svg>
            """
    }

    func pgfplots() -> String {
        let coordinates = thinned(to: 200).map { "(\($0.epoch),\(JSONNumber.text($0.loss)))" }
        return """
            \\begin{center}
            \\begin{tikzpicture}
            \\begin{axis}[width=0.9\\linewidth, height=6cm, xlabel={epoch}, ylabel={loss}\(isLogarithmic ? ", ymode=log" : "")]
            \\addplot[thick, blue, mark=none] coordinates {\(coordinates.joined(separator: " "))};
            \\end{axis}
            \\end{tikzpicture}
            \\end{center}
            """
    }
}
