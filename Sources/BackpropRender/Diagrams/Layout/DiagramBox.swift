/// An axis-aligned rectangle of a network picture (y grows downwards): a label's white box, a
/// bias box, a heading.
struct DiagramBox: Equatable, Sendable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The box of `width` × `height` centred on `centre`.
    init(centre: DiagramPoint, width: Double, height: Double) {
        self.init(
            minX: centre.x - width / 2, minY: centre.y - height / 2,
            maxX: centre.x + width / 2, maxY: centre.y + height / 2
        )
    }

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }
    var centre: DiagramPoint { DiagramPoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    /// Whether the boxes share more than a boundary once this one is grown by `margin` on every
    /// side: boxes exactly `margin` apart do not intersect.
    func intersects(_ other: DiagramBox, margin: Double = 0) -> Bool {
        minX - margin < other.maxX && other.minX < maxX + margin
            && minY - margin < other.maxY && other.minY < maxY + margin
    }

    /// Whether the box reaches inside the circle of `radius` around `centre`.
    func intersects(circle centre: DiagramPoint, radius: Double) -> Bool {
        let dx = centre.x - min(max(centre.x, minX), maxX)
        let dy = centre.y - min(max(centre.y, minY), maxY)
        return dx * dx + dy * dy < radius * radius
    }

    /// Whether the segment from `start` to `end` passes through the box's interior.
    func isCrossed(from start: DiagramPoint, to end: DiagramPoint) -> Bool {
        let (a, b) = start.x <= end.x ? (start, end) : (end, start)
        guard a.x < maxX, b.x > minX else { return false }
        guard b.x > a.x else { return min(a.y, b.y) < maxY && max(a.y, b.y) > minY }
        // The part of the segment over the box's width, and the ys it spans there.
        let slope = (b.y - a.y) / (b.x - a.x)
        let y1 = a.y + (max(a.x, minX) - a.x) * slope, y2 = a.y + (min(b.x, maxX) - a.x) * slope
        return min(y1, y2) < maxY && max(y1, y2) > minY
    }
}
