import BackpropCore

/// How a picture of the network labels a weight or bias: as given, or, in a later traced step
/// (`--trace-step K`), where the steps before computed it, with the standard digits.
enum DiagramNumber {
    static func text(_ value: Double, in trace: Trace) -> String {
        trace.options.tracedStep > 1 ? NumberFormat.standard.string(value) : NumberFormat.exact(value)
    }
}
