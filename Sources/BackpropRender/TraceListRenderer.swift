import BackpropCore
import BackpropSupport
import TemplateKit

/// Writes a trace as `name = value` lines in derivation order, values in full precision.
///
/// The lines are a valid answers file for `backprop check`.
package struct TraceListRenderer: Sendable {
    /// A renderer with no settings.
    package init() {}

    /// One line per term, then the state after the last step as comments.
    package func render(_ trace: Trace) -> String {
        var text = TextSink()
        try? render(trace, into: &text)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// Writes the lines into `sink` as they are made, in chunks of about 64 KiB; the chunks
    /// joined are exactly what ``render(_:)`` returns.
    ///
    /// - Throws: Any error `sink` throws, unchanged.
    package func render<Sink: TemplateSink>(_ trace: Trace, into sink: inout Sink) throws {
        var text = ""
        text.reserveCapacity(1 << 17)
        for term in trace.terms {
            if text.utf8.count >= 1 << 16 {
                try sink.write(Array(text.utf8))
                text.removeAll(keepingCapacity: true)
            }
            trace.naming.appendName(term.id, to: &text)
            text += " = "
            text += JSONNumber.text(term.value)
            text += "\n"
        }
        let final = trace.final
        text += "# after \(final.step) step\(final.step == 1 ? "" : "s"): E_total = "
        text += JSONNumber.text(final.totalError)
        text += ", outputs = " + final.outputs.map(JSONNumber.text).joined(separator: ", ") + "\n"
        try sink.write(Array(text.utf8))
    }
}
