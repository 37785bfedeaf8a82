import BackpropCore

/// A node title as runs of text for a picture that sets sub- and superscripts itself (SVG): the
/// base of a symbol italic, its subscript lowered and smaller, products joined by `·`.
struct GraphText: Sendable {
    enum Style: Sendable, Equatable { case upright, italic, lowered, raised }

    struct Run: Sendable, Equatable {
        let text: String
        let style: Style
    }

    /// The runs of `expression`: symbols and products of them as such, anything else as one
    /// upright run in Unicode.
    static func runs(_ expression: MathExpression) -> [Run] {
        switch expression {
        case let .symbol(symbol):
            let base = symbol.isGreek ? LinearMathWriter.unicode.write(MathSymbol(symbol.base)) : symbol.base
            var runs = [Run(text: base, style: base.allSatisfy(\.isLetter) ? .italic : .upright)]
            if let lowered = symbol.subscriptText {
                runs.append(Run(text: lowered.replacingOccurrences(of: "_", with: ","), style: .lowered))
            }
            if let raised = symbol.superscript { runs.append(Run(text: raised, style: .raised)) }
            return runs
        case let .product(factors):
            var runs: [Run] = []
            for (index, factor) in factors.enumerated() {
                if index > 0 { runs.append(Run(text: "·", style: .upright)) }
                runs += Self.runs(factor)
            }
            return runs
        default:
            return [Run(text: LinearMathWriter.unicode.write(expression), style: .upright)]
        }
    }

    /// The width of `runs` with `widths`.
    static func width(_ runs: [Run], _ widths: GlyphWidths) -> Double {
        runs.reduce(0) { $0 + widths.width($1.text, small: $1.style == .lowered || $1.style == .raised) }
    }
}

extension GraphPicture {
    /// A node's second line: `value 0.593269992`, `value 2×1 [0.593269992, 0.596884378]`.
    func valueLine(_ node: Node) -> String {
        "value " + node.value.written(LinearMathWriter.unicode, times: "×")
    }

    /// A node's third line: `grad 0.036350306`, or `constant`.
    func gradientLine(_ node: Node) -> String {
        node.gradient.map { "grad " + $0.written(LinearMathWriter.unicode, times: "×") } ?? "constant"
    }

    /// The sentence that says what a picture of this graph shows, for the views' notes.
    var isNeuronLevel: Bool { !isLayerLevel }
}
