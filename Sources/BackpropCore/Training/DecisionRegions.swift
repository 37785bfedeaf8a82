/// The class a network of two inputs chooses at each cell of a grid over a rectangle: what the
/// browser playgrounds shade behind the points.
public struct DecisionRegions: Sendable, Equatable {
    /// The rectangle: x from `xRange.lowerBound` (left) to its upper bound, y likewise.
    public let xRange: ClosedRange<Double>
    public let yRange: ClosedRange<Double>
    /// The class at each cell, top row (largest y) first, each row left to right.
    public let classes: [[Int]]

    /// The regions of `trainer`'s network over the rectangle around `points` (a margin of a
    /// tenth of each side), in `columns` × `rows` cells, each classified at its centre.
    public static func of(
        _ trainer: inout Trainer, around points: [[Double]], columns: Int, rows: Int
    ) -> DecisionRegions {
        let xs = points.map { $0[0] }, ys = points.map { $0[1] }
        let xRange = padded((xs.min() ?? -1)...(xs.max() ?? 1))
        let yRange = padded((ys.min() ?? -1)...(ys.max() ?? 1))
        let width = xRange.upperBound - xRange.lowerBound, height = yRange.upperBound - yRange.lowerBound
        var classes: [[Int]] = []
        for row in 0..<rows {
            let y = yRange.upperBound - (Double(row) + 0.5) * height / Double(rows)
            classes.append((0..<columns).map { column in
                let x = xRange.lowerBound + (Double(column) + 0.5) * width / Double(columns)
                return Classification.label(ofOutputs: trainer.outputs(for: [x, y]))
            })
        }
        return DecisionRegions(xRange: xRange, yRange: yRange, classes: classes)
    }

    private static func padded(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
        let margin = max((range.upperBound - range.lowerBound) / 10, 0.1)
        return (range.lowerBound - margin)...(range.upperBound + margin)
    }
}
