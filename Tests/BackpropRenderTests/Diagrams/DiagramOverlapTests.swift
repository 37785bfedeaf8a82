import BackpropCore
import BackpropRender
import Foundation
import Testing

/// No label of a network picture covers another label, a bias box, a heading or a neuron, in
/// every writer and for every shape drawn neuron by neuron (see `DiagramCases`).
@Suite struct DiagramOverlapTests {

    static func svg(_ trace: Trace) -> String { DocumentStyle.html().diagram(trace) }
    static func tikz(_ trace: Trace) -> String { DocumentStyle.latex().diagram(trace) }

    /// The SVG boxes of `trace`'s picture: none overlaps, each label's text (in the widest font
    /// the page may use) fits its box and is centred on it, each weight's label on its edge.
    static func checkSVG(_ name: String, _ trace: Trace) {
        let svg = svg(trace)
        let (picture, texts) = PictureBoxes.svg(svg)
        let network = trace.network
        let biasLabels = network.biasSharing == .perLayer ? network.layerCount - 1 : network.layerSizes.dropFirst().reduce(0, +)
        #expect(picture.circles.count == network.layerSizes.reduce(0, +), "\(name)")
        #expect(texts.count == network.weights.count + biasLabels, "\(name): \(texts.count) labels")
        #expect(picture.collisions.isEmpty, "\(name): \(picture.collisions)")
        for (box, width, centre) in texts {
            #expect(width <= box.width, "\(name): \(box.what) is \(width) px wide in a \(box.width) px box")
            #expect(abs(centre.0 - (box.minX + box.maxX) / 2) < 0.11 && abs(centre.1 - (box.minY + box.maxY) / 2) < 0.11, "\(name): \(box.what)")
        }
        let edges = PictureBoxes.matches(#"<line x1="([-\d.]+)" y1="([-\d.]+)" x2="([-\d.]+)" y2="([-\d.]+)" class="edge""#, in: svg)
            .map { $0.dropFirst().map { Double($0)! } }
        #expect(edges.count == network.weights.count, "\(name)")
        for (weight, edge) in edges.enumerated() {
            guard let (box, _, centre) = texts.first(where: { $0.box.what.hasPrefix("w\(weight + 1)\u{A0}") }) else {
                Issue.record("\(name): no label for w\(weight + 1)")
                continue
            }
            let along = (centre.0 - edge[0]) / (edge[2] - edge[0])
            #expect(abs(edge[1] + along * (edge[3] - edge[1]) - centre.1) < 0.2, "\(name): w\(weight + 1) is off its edge")
            #expect(box.minX > edge[0] + 20 && box.maxX < edge[2] - 20, "\(name): w\(weight + 1) reaches a neuron's column")
        }
    }

    @Test func svgLabelsOfEveryShapeKeepApart() throws {
        for (name, trace) in try DiagramCases.exerciseLike() {
            Self.checkSVG(name, trace)
        }
    }

    /// Values printed with 9 decimals make labels twice as wide: labels still apart.
    @Test(arguments: [[2, 3, 2], [2, 3, 3, 2], [4, 6], [6, 4], [3, 4, 3], [1, 6, 1, 1]])
    func svgLongValuesKeepApart(layers: [Int]) throws {
        for sharing in [BiasSharing.perLayer, .perNeuron] {
            Self.checkSVG("\(layers) \(sharing)", try DiagramCases.trace(layers, sharing: sharing, value: 0.123456789))
        }
    }

    /// Where the labels do not fit, the gap between the layers widens.
    @Test func svgGapsWidenForLongLabels() throws {
        let short = try DiagramCases.trace([2, 3, 2], sharing: .perLayer, value: 0.35)
        let long = try DiagramCases.trace([2, 3, 2], sharing: .perLayer, value: 0.123456789)
        #expect(Self.width(Self.svg(long)) > Self.width(Self.svg(short)))
    }

    /// Absurd values leave no room for a search: every label gets its own stretch of the gap.
    @Test func svgHugeValuesStillKeepApart() throws {
        for layers in [[2, 2, 2], [4, 6], [3, 3, 3]] {
            Self.checkSVG("\(layers)", try DiagramCases.trace(layers, sharing: .perNeuron, value: -123_456_789.123_456_789))
        }
    }

    static func width(_ svg: String) -> Double {
        Double(PictureBoxes.matches(#"viewBox="0 0 ([\d.]+) "#, in: svg).first?[1] ?? "") ?? 0
    }

    @Test func tikzLabelsOfEveryShapeKeepApart() throws {
        for (name, trace) in try DiagramCases.exerciseLike() {
            let tikz = Self.tikz(trace)
            let picture = PictureBoxes.tikz(tikz)
            let network = trace.network
            #expect(picture.circles.count == network.layerSizes.reduce(0, +), "\(name)")
            #expect(picture.boxes.count >= network.weights.count + network.layerCount, "\(name)")
            #expect(picture.collisions.isEmpty, "\(name): \(picture.collisions)")
        }
    }

    /// The Mermaid chart has no edge labels at all (Mermaid would put them where the edges
    /// cross); every weight is a node between its source and its target.
    @Test func mermaidPutsEveryWeightInANodeAndNoLabelOnAnEdge() throws {
        let shapes = DiagramCases.neuronLevelShapes + [[4, 6, 4], [3, 8, 2], [5, 5, 5]]
        for shape in shapes {
            let trace = try DiagramCases.trace(shape, sharing: .perLayer, value: 0.35)
            let chart = DocumentStyle.markdown.diagram(trace)
            let lines = chart.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let edges = lines.filter { $0.contains("--") || $0.contains("-.-") }
            #expect(!edges.isEmpty)
            for edge in edges {
                #expect(edge.range(of: #"^\w+( (---|-->|-\.->) \w+)+$"#, options: .regularExpression) != nil, "\(shape): \(edge)")
            }
            let network = trace.network, names = trace.names
            guard network.weights.count <= 48 else { continue }
            for layer in 1..<network.layerCount {
                for target in 0..<network.layerSizes[layer] {
                    for source in 0..<network.layerSizes[layer - 1] {
                        let weight = names.weight(network.weightIndex(layer: layer, neuron: target, source: source))
                        let value = NumberFormat.exact(network.weights[network.weightIndex(layer: layer, neuron: target, source: source)])
                        #expect(lines.contains("\(weight)[\"\(weight) = \(value)\"]"), "\(shape): \(weight)")
                        #expect(lines.contains("\(names.neuron(layer: layer - 1, source)) --- \(weight) --> \(names.neuron(layer: layer, target))"))
                    }
                }
            }
        }
    }

    /// The text picture is a grid of characters, one item per cell: nothing can overlap. What
    /// can go wrong is an item that runs into the next; every neuron name stands apart.
    @Test func textPictureNamesEveryNeuronApart() throws {
        for shape in DiagramCases.neuronLevelShapes {
            let trace = try DiagramCases.trace(shape, sharing: .perNeuron, value: 0.35)
            for ascii in [false, true] {
                let picture = DocumentStyle.text(ascii: ascii).diagram(trace)
                let rows = picture.split(separator: "\n").filter { line in
                    let start = line.drop { $0 == " " }
                    return !start.hasPrefix(ascii ? "|" : "│") && start != (ascii ? "v" : "▼")
                }
                #expect(rows.count == shape.count, "\(shape)")
                for (layer, row) in rows.enumerated() {
                    let words = row.split(separator: " ").map(String.init)
                    for neuron in 0..<shape[layer] {
                        #expect(words.contains(trace.names.neuron(layer: layer, neuron)), "\(shape): \(row)")
                    }
                }
            }
        }
    }
}

/// The TikZ pictures as pdflatex really sets them: the boxes of every label and neuron, read
/// back from the log, do not overlap, and no label's text is wider than the box the layout gave
/// it. pdflatex takes about 0.2 s a picture, so this checks a sample of shapes (the densest, the
/// deepest, every kind of label) and `DiagramOverlapTests` the boxes of every shape.
@Suite struct DiagramTeXBoxTests {
    static func cases() throws -> [(name: String, trace: Trace)] {
        let shapes = [[2, 3, 2], [2, 3, 3, 2], [4, 6], [6, 4], [5, 4], [3, 4, 3], [2, 2, 2, 2], [1, 6, 2, 1], [6, 3, 1], [1, 1]]
        var cases: [(String, Trace)] = []
        for shape in shapes {
            for sharing in [BiasSharing.perLayer, .perNeuron] {
                cases.append(("\(shape) \(sharing)", try DiagramCases.trace(shape, sharing: sharing, value: 0.35)))
            }
        }
        for shape in [[2, 3, 2], [3, 4, 3]] {
            cases.append(("\(shape) long", try DiagramCases.trace(shape, sharing: .perNeuron, value: 0.123456789)))
        }
        return cases
    }

    /// Writes `BOX case name x1 y1 x2 y2` (a rectangle's corners) or `CIRCLE case name x y r`.
    static let probes = #"""
        \makeatletter
        \newcommand\boxof[2]{\pgfpointanchor{#2}{south west}\pgfgetlastxy\bp@a\bp@b
          \pgfpointanchor{#2}{north east}\pgfgetlastxy\bp@c\bp@d
          \typeout{BOX #1 #2 \bp@a\space\bp@b\space\bp@c\space\bp@d}}
        \newcommand\circleof[2]{\pgfpointanchor{#2}{center}\pgfgetlastxy\bp@a\bp@b
          \pgfpointanchor{#2}{east}\pgfgetlastxy\bp@c\bp@d
          \typeout{CIRCLE #1 #2 \bp@a\space\bp@b\space\bp@c}}
        \makeatother
        """#

    @Test(.enabled(if: LaTeXCompiler.isAvailable))
    func everyShapeAsPdflatexSetsIt() throws {
        let cases = try Self.cases()
        var document = "\\documentclass[11pt]{article}\n\\usepackage{graphicx}\n\\usepackage{tikz}\n" + Self.probes
            + "\n\\begin{document}\n"
        var declared: [String: Double] = [:]
        for (index, (_, trace)) in cases.enumerated() {
            let picture = DiagramOverlapTests.tikz(trace)
            let parsed = PictureBoxes.tikz(picture)
            var probes = parsed.circles.map { "\\circleof{\(index)}{\($0.what)}" }
            for box in parsed.boxes where !box.what.contains(" ") && box.what != "inputs" && box.what != "outputs" {
                probes.append("\\boxof{\(index)}{\(box.what)}")
                declared["\(index) \(box.what)"] = box.width
            }
            let probed = picture.replacingOccurrences(of: "\\end{tikzpicture}", with: probes.joined(separator: "\n") + "\n\\end{tikzpicture}")
            // Set in a box that is never shipped out: the log is all this needs.
            document += "\\setbox0\\vbox{\\hsize=\\textwidth\n" + probed + "}\n"
        }
        document += "\\end{document}\n"
        let result = try LaTeXCompiler.compile(document)
        #expect(result.errors.isEmpty, "\(result.errors)")
        var pictures = [PictureBoxes](repeating: PictureBoxes(), count: cases.count)
        for line in result.log.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 6, fields[0] == "BOX" || fields[0] == "CIRCLE", let index = Int(fields[1]) else { continue }
            let numbers = fields[3...].map { Double($0.replacingOccurrences(of: "pt", with: "")) ?? .nan }
            if fields[0] == "CIRCLE" {
                pictures[index].circles.append(.init(what: fields[2], x: numbers[0], y: numbers[1], radius: numbers[2] - numbers[0]))
                continue
            }
            let box = PictureBoxes.Box(what: fields[2], minX: numbers[0], minY: numbers[1], maxX: numbers[2], maxY: numbers[3])
            pictures[index].boxes.append(box)
            // TikZ's anchors lie 0.2 pt (half the line width) outside the node's shape.
            let width = try #require(declared["\(index) \(box.what)"])
            #expect(box.width <= width + 0.41, "\(cases[index].name): \(box.what) is \(box.width) pt wide, its box \(width) pt")
        }
        for (index, picture) in pictures.enumerated() {
            let network = cases[index].trace.network
            #expect(picture.circles.count == network.layerSizes.reduce(0, +), "\(cases[index].name)")
            #expect(picture.boxes.count >= network.weights.count + network.layerCount - 1, "\(cases[index].name)")
            #expect(picture.collisions.isEmpty, "\(cases[index].name): \(picture.collisions)")
        }
    }
}
