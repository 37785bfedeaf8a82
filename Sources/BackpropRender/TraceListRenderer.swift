import BackpropCore
import BackpropSupport

/// Writes a trace as `name = value` lines in derivation order, values in full precision.
///
/// The lines are a valid answers file for `backprop check`.
public struct TraceListRenderer: Sendable {
    /// A renderer with no settings.
    public init() {}

    /// One line per term, then the state after the last step as comments.
    public func render(_ trace: Trace) -> String {
        var text = ""
        text.reserveCapacity(40 * trace.terms.count)
        for term in trace.terms {
            text += trace.name(of: term)
            text += " = "
            text += JSONNumber.text(term.value)
            text += "\n"
        }
        let final = trace.final
        text += "# after \(final.step) step\(final.step == 1 ? "" : "s"): E_total = "
        text += JSONNumber.text(final.totalError)
        text += ", outputs = " + final.outputs.map(JSONNumber.text).joined(separator: ", ") + "\n"
        return text
    }
}
