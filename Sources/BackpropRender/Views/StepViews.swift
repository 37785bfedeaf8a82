import BackpropCore

/// A traced step, the views to show of it, and what those views need that the trace does not
/// hold, computed by the engine: the gradient check and the computational graph.
package struct StepViews: Sendable {
    /// The step.
    package let trace: Trace
    /// The views, in the order they appear.
    package let shown: [StepView]
    /// The gradient check, for ``StepView/gradientCheck``.
    package let gradientCheck: GradientCheck?
    /// The computational graph, for ``StepView/graph``.
    package let graph: ComputationalGraph?
    /// Whether the graph is drawn node by node, layer by layer, or as its size decides.
    package let graphLevel: GraphLevel

    /// Views of `trace`; a view whose data is missing is left out.
    package init(
        trace: Trace, shown: [StepView], gradientCheck: GradientCheck? = nil, graph: ComputationalGraph? = nil,
        graphLevel: GraphLevel = .automatic
    ) {
        self.trace = trace
        self.graphLevel = graphLevel
        self.gradientCheck = gradientCheck
        self.graph = graph
        self.shown = shown.filter { view in
            switch view {
            case .walkthrough, .matrix: return true
            case .graph: return graph != nil
            case .gradientCheck: return gradientCheck != nil
            }
        }
    }

    /// Whether `view` is shown.
    package func shows(_ view: StepView) -> Bool { shown.contains(view) }

    /// The picture of the graph, if it is shown.
    func picture(numbers: NumberFormat) -> GraphPicture? {
        graph.map { GraphPicture(trace: trace, graph: $0, numbers: numbers, level: graphLevel) }
    }
}
