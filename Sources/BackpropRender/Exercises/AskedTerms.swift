import BackpropCore

/// What a problem sheet asks for, section by section: the net inputs and outputs, the errors,
/// the deltas, every weight's gradient and updated value, and the biases' when they learn.
/// The compact answer key gives exactly these values. With several examples, each example's
/// sections come under their own title ("The forward pass, example 2: hidden layer").
package struct AskedTerms {
    /// One section's asked terms, in derivation order.
    package struct Section {
        package let title: String
        /// The example of a section of one example's terms, when the step has several.
        package let example: Int?
        package let terms: [Term]
    }

    package let sections: [Section]

    package init(trace: Trace) {
        var wanted: Set<TermKind> = [
            .netInput, .output, .outputError, .totalError, .delta, .weightGradient, .updatedWeight,
        ]
        if trace.options.updateBiases { wanted.formUnion([.biasGradient, .updatedBias]) }
        var sections: [Section] = []
        var current: (section: TraceSection, example: Int?, terms: [Term])?
        func close() {
            guard let current, !current.terms.isEmpty else { return }
            sections.append(Section(
                title: current.section.title(layerCount: trace.network.layerCount, example: current.example),
                example: current.example, terms: current.terms
            ))
        }
        for term in trace.terms where term.section != .given && wanted.contains(term.kind) {
            if current.map({ $0.section != term.section || $0.example != term.id.example }) ?? true {
                close()
                current = (term.section, term.id.example, [])
            }
            current?.terms.append(term)
        }
        close()
        self.sections = sections
    }
}
