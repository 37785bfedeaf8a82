/// The fixed measures of one writer's neuron-by-neuron picture, in its units (pixels for SVG,
/// points for TikZ): everything ``DiagramLayout`` needs besides the network.
struct DiagramGeometry: Sendable {
    /// The least distance between the centres of two neighbouring layers; the layout widens a
    /// gap when its labels need more room.
    let columnGap: Double
    /// The distance between the centres of two neurons of a layer.
    let rowGap: Double
    /// A neuron's radius, outline included.
    let radius: Double
    /// The room left of the first layer's centres and right of the last's.
    let margin: Double
    /// The centre of the top neuron of the tallest layer, from the top of the picture.
    let top: Double
    /// How far above the top row the headings stand (centre to centre).
    let headingRise: Double
    /// A heading's box: its height and an upper bound of the width of one character.
    let headingHeight: Double, headingCharacter: Double
    /// How far below the lowest row a shared bias's box stands (centre to centre).
    let biasDrop: Double
    /// The height of a shared bias's box.
    let biasHeight: Double
    /// The space between a neuron's circle and the box of its own bias, below it.
    let ownBiasGap: Double
    /// The least space between a weight's label and the circles of its source (left) and
    /// target (right) layers: more on the right, where the arrowheads are.
    let sourceClearance: Double, targetClearance: Double
    /// The least space between two labels, or a label and a box.
    let spacing: Double
    /// The distance along x between two positions tried for a label.
    let step: Double
    /// The room below the lowest box.
    let bottomMargin: Double
    /// The weight and bias labels.
    let labels: LabelMetrics
}
