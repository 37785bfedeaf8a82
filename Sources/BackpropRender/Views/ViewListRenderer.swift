import BackpropCore
import BackpropSupport

/// The list format of views: `name = value` lines of the walkthrough's terms (if chosen) and of
/// the gradient check's finite differences, a valid answers file for `backprop check`. The
/// matrix form and the graph have no terms of their own and no list form.
package struct ViewListRenderer: Sendable {
    /// A renderer with no settings.
    package init() {}

    package func render(_ views: StepViews) -> String {
        var text = views.shows(.walkthrough) ? TraceListRenderer().render(views.trace) : ""
        guard let check = views.gradientCheck, views.shows(.gradientCheck) else { return text }
        let extended = views.trace.adding(check)
        text += "# gradient check: h = " + JSONNumber.text(check.step) + "\n"
        for term in extended.terms.dropFirst(views.trace.terms.count) {
            extended.naming.appendName(term.id, to: &text)
            text += " = " + JSONNumber.text(term.value) + "\n"
        }
        return text
    }
}
