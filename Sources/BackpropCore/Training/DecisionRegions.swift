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
    ///
    /// The rectangle always has a positive width and height within the finite doubles, whatever
    /// the points: one point, points on a line, coordinates of 10¹⁶ (where a margin of 0.1 is
    /// lost in rounding) or ±10³⁰⁸ (whose distance is infinite). Values that are not finite are
    /// left out.
    public static func of(
        _ trainer: inout Trainer, around points: [[Double]], columns: Int, rows: Int
    ) -> DecisionRegions {
        let xRange = padded(points.map { $0[0] }), yRange = padded(points.map { $0[1] })
        var classes: [[Int]] = []
        for row in 0..<rows {
            let y = value(atFraction: 1 - (Double(row) + 0.5) / Double(rows), in: yRange)
            classes.append((0..<columns).map { column in
                let x = value(atFraction: (Double(column) + 0.5) / Double(columns), in: xRange)
                return Classification.label(ofOutputs: trainer.outputs(for: [x, y]))
            })
        }
        return DecisionRegions(xRange: xRange, yRange: yRange, classes: classes)
    }

    /// Where `value` lies across `range`: 0 at its lower bound, 1 at its upper bound. Finite for
    /// every finite value and every range of positive width, even one wider than the largest
    /// double (halves are subtracted, never whole values).
    public static func fraction(of value: Double, in range: ClosedRange<Double>) -> Double {
        (value / 2 - range.lowerBound / 2) / (range.upperBound / 2 - range.lowerBound / 2)
    }

    /// The value at `fraction` (0 to 1) across `range`; finite whenever the range's ends are.
    public static func value(atFraction fraction: Double, in range: ClosedRange<Double>) -> Double {
        range.lowerBound * (1 - fraction) + range.upperBound * fraction
    }

    private static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        // A tenth of the side, at least 0.1, and at least a billionth of the values' size, far
        // above the rounding step of doubles so that the margin is never lost.
        let margin = max(high / 10 - low / 10, 0.1, max(abs(low), abs(high)) * 1e-9)
        let largest = Double.greatestFiniteMagnitude
        return max(low - margin, -largest)...min(high + margin, largest)
    }
}
