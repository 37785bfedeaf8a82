/// A point of a network picture, in the picture's units (pixels for SVG, points for TikZ), with
/// y growing downwards.
struct DiagramPoint: Equatable, Sendable {
    var x: Double
    var y: Double
}
