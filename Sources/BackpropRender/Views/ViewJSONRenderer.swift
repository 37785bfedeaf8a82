import BackpropCore

/// Writes the chosen views of a step as JSON, in full precision and whole (no elision): one
/// view as its own object, several in one object with a member per view. `docs/json.md`
/// describes the shapes.
package struct ViewJSONRenderer: Sendable {
    /// A renderer; JSON has no settings.
    package init() {}

    /// The JSON text, ending in a newline.
    package func render(_ views: StepViews) -> String {
        var parts: [(String, String)] = []
        for view in views.shown {
            switch view {
            case .walkthrough: parts.append(("walkthrough", TraceJSONRenderer().render(views.trace)))
            case .matrix: parts.append(("matrix", MatrixFormJSON(trace: views.trace).render()))
            case .graph: if let graph = views.graph { parts.append(("graph", GraphJSON(trace: views.trace, graph: graph).render())) }
            case .gradientCheck:
                if let check = views.gradientCheck { parts.append(("gradientCheck", GradientCheckJSON(trace: views.trace, check: check).render())) }
            }
        }
        if parts.count == 1 { return parts[0].1 }
        var json = JSONWriter(capacity: parts.reduce(64) { $0 + $1.1.utf8.count })
        json.raw("{\n\"format\": \"backprop-views\",\n\"version\": 1")
        for (name, text) in parts {
            json.raw(",\n")
            json.string(name)
            json.raw(": ")
            json.raw(text.hasSuffix("\n") ? String(text.dropLast()) : text)
        }
        json.raw("\n}\n")
        return json.text
    }
}
