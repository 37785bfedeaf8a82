import BackpropCore

/// Writes a ``TrainingReport`` in one ``TrainingStyle``: how it trained, the loss table and
/// curve, the decision regions (two inputs), the predictions and the trained parameters.
package struct TrainingRenderer: Sendable {
    package let style: TrainingStyle
    package let numbers: NumberFormat

    package init(style: TrainingStyle, numbers: NumberFormat = NumberFormat(digits: 6)) {
        self.style = style
        self.numbers = numbers
    }

    package func render(_ report: TrainingReport) -> String {
        let title = "Training on \(report.dataName)"
        var body = style.heading(title, level: 1)
        body += style.paragraph(settings(report))
        body += style.heading("Loss", level: 2)
        body += style.table(lossTable(report.history))
        body += curve(report.history)
        if report.endsNearChance { body += style.paragraph(TrainingAdvice.nearChance(report)) }
        if let regions = report.regions {
            body += style.heading("Decision regions", level: 2)
            body += regionsPicture(regions, report)
        }
        body += style.heading("Predictions", level: 2)
        body += style.table(predictionTable(report))
        if report.examples.count > TrainingReport.maximumListedExamples {
            body += style.paragraph("The first \(TrainingReport.maximumListedExamples) of \(report.examples.count) examples.")
        }
        body += style.heading("Trained weights and biases", level: 2)
        let (parameters, count) = parameterTable(report.network)
        body += style.table(parameters)
        if count > TrainingReport.maximumListedParameters {
            body += style.paragraph("The first \(TrainingReport.maximumListedParameters) of \(count) parameters; --save FILE writes them all as a network file.")
        }
        return style.document(title: title, body)
    }

    private func settings(_ report: TrainingReport) -> String {
        let network = report.network
        let activations = Set(network.activations).count == 1
            ? network.activations[0].rawValue
            : network.activations.map(\.rawValue).joined(separator: ", ")
        var optimizer = switch report.optimizer {
        case .sgd: "gradient descent (sgd)"
        case let .momentum(mu): "momentum (μ = \(numbers.string(mu)))"
        case let .nesterov(mu): "Nesterov momentum (μ = \(numbers.string(mu)))"
        case let .rmsprop(alpha, epsilon): "RMSprop (α = \(numbers.string(alpha)), ε = \(String(epsilon)))"
        case let .adam(beta1, beta2, epsilon):
            "Adam (β₁ = \(numbers.string(beta1)), β₂ = \(numbers.string(beta2)), ε = \(String(epsilon)))"
        }
        if report.weightDecay != 0 { optimizer += ", weight decay λ = \(NumberFormat.exact(report.weightDecay))" }
        var text = report.preset.map { "The \($0.name) preset: layers " } ?? "Layers "
        text += "\(network.layerSizes.map(String.init).joined(separator: "-")), activation \(activations), "
        text += "loss \(report.loss.rawValue), \(optimizer), learning rate η = \(numbers.string(report.learningRate)), "
        text += "\(report.examples.count) examples in batches of \(report.batchSize); "
        text += "\(report.epochsRun) epochs (\(report.steps) steps)."
        if let preset = report.preset {
            text += preset.overriddenBy.isEmpty
                ? " Every flag overrides its part of the preset."
                : " Overridden by \(preset.overriddenBy.joined(separator: ", ")); every flag overrides its part of the preset."
        }
        if report.wasInterrupted {
            text += " Interrupted: \(report.epochsRun) of the \(report.epochsAsked) epochs asked for were completed."
        }
        return text
    }

    private func lossTable(_ history: TrainingHistory) -> Table {
        let hasAccuracy = history.table.contains { $0.accuracy != nil }
        var columns = [Table.Column("epoch", .decimal), Table.Column("loss", .decimal)]
        if hasAccuracy { columns.append(Table.Column("accuracy")) }
        let rows = history.table.map { record -> [String] in
            var row = [String(record.epoch), numbers.string(record.loss)]
            if hasAccuracy { row.append(record.accuracy.map { NumberFormat(digits: 1).string($0 * 100) + "%" } ?? "") }
            return row
        }
        return Table(columns: columns, rows: rows)
    }

    private func curve(_ history: TrainingHistory) -> String {
        let curve = LossCurve(history.curve)
        switch style.kind {
        case .text: return style.preformatted(curve.text())
        case .markdown: return curve.mermaid() + "\n\n"
        case .html: return curve.svg() + "\n"
        case .latex: return curve.pgfplots() + "\n\n"
        }
    }

    private func regionsPicture(_ regions: DecisionRegions, _ report: TrainingReport) -> String {
        let points = report.examples.map { example in
            (x: example.inputs[0], y: example.inputs[1], label: Classification.label(ofTargets: example.targets) ?? 0)
        }
        let picture = RegionsPicture(regions: regions, points: points)
        let legend = (report.classNames ?? []).enumerated().map { index, name in
            "class \(name): \(RegionsPicture.marks[index % RegionsPicture.marks.count])"
        }.joined(separator: ", ")
        switch style.kind {
        case .text, .markdown:
            let shades = "background: the class the network chooses (" + (0..<(report.classNames?.count ?? 2)).map {
                "'\(RegionsPicture.shades[$0 % RegionsPicture.shades.count])' \(report.classNames?[$0] ?? String($0))"
            }.joined(separator: ", ") + ")"
            let legends = ["points: \(legend)", shades].map(style.wrappedLines).joined(separator: "\n")
            return style.preformatted(picture.text() + "\n" + legends)
        case .html: return picture.svg() + "\n"
        case .latex: return picture.tikz() + "\n\n"
        }
    }

    private func predictionTable(_ report: TrainingReport) -> Table {
        let shown = min(report.examples.count, TrainingReport.maximumListedExamples)
        let classes = report.classNames
        var columns = [Table.Column("#", .decimal), Table.Column("inputs"), Table.Column("targets"), Table.Column("outputs")]
        if classes != nil { columns += [Table.Column("class"), Table.Column("chosen")] }
        let list = { (values: [Double]) in values.map(numbers.string).joined(separator: ", ") }
        let rows = (0..<shown).map { index -> [String] in
            let example = report.examples[index], output = report.outputs[index]
            var row = [String(index + 1), list(example.inputs), list(example.targets), list(output)]
            if let classes {
                let target = Classification.label(ofTargets: example.targets).map { classes[$0] } ?? ""
                let chosen = Classification.label(ofOutputs: output)
                row += [target, (chosen < classes.count ? classes[chosen] : String(chosen)) + (classes[safe: chosen] == target ? "" : " ✗")]
            }
            return row
        }
        return Table(columns: columns, rows: rows)
    }

    private func parameterTable(_ network: Network) -> (Table, Int) {
        let names = NeuronNames(network)
        var rows: [[String]] = []
        var count = 0
        func add(_ name: String, _ value: Double) {
            count += 1
            if rows.count < TrainingReport.maximumListedParameters { rows.append([name, numbers.string(value)]) }
        }
        for (index, weight) in network.weights.enumerated() { add(names.weight(index), weight) }
        for layer in 1..<network.layerCount where network.hasBiases {
            for (neuron, bias) in network.biases[layer - 1].enumerated() {
                add(names.bias(layer: layer, neuron: neuron), bias)
            }
        }
        return (Table(columns: [Table.Column("parameter"), Table.Column("value", .decimal)], rows: rows), count)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
