import BackpropCore

/// `explain --format dot`: the computational graph in Graphviz's DOT language.
package struct GraphDOTRenderer: Sendable {
    /// How values are written.
    package let numbers: NumberFormat

    package init(numbers: NumberFormat) { self.numbers = numbers }

    /// The DOT text of `views`' graph (empty when it has none).
    package func render(_ views: StepViews) -> String {
        guard let picture = views.picture(numbers: numbers) else { return "" }
        return DOTGraph(picture: picture, description: "one training step of " + StepDescription.network(views.trace)).render()
    }
}
