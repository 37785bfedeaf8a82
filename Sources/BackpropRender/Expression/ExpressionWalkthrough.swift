import BackpropCore

/// The explanation of an expression's forward and backward pass, written once as a
/// ``Document``: the program, the graph, each node's value, each node's gradient with its local
/// rule applied with numbers, every fan-out as the sum of its paths, a table of values and
/// gradients, and a gradient step when one is asked for. Linear in the number of nodes and uses.
struct ExpressionWalkthrough {
    let trace: ExpressionTrace
    let notation: ExpressionNotation
    /// The program as the user wrote it.
    let source: String
    /// A gradient step, if asked for: its learning rate and each parameter's update.
    let step: ExpressionStep?

    /// The most nodes the graph is drawn with; larger graphs point to `--format dot`.
    static let largestFigure = 60

    typealias Inline = Document.Inline

    static let title = "Backpropagation through an expression"

    /// The whole document (for tests; ``write(_:)`` hands it out block by block).
    func document() -> Document {
        var document = Document(title: Self.title)
        write { document.blocks.append($0) }
        return document
    }

    /// Hands each block to `emit` as it is made, so that a long document is never held whole.
    func write(_ emit: Emit) rethrows {
        try overview(into: emit)
        try forward(into: emit)
        try backward(into: emit)
        try summary(into: emit)
        if let step { try gradientStep(step, into: emit) }
    }

    typealias Emit = (Document.Block) throws -> Void

    private var output: Int { trace.output }
    private var computed: [Int] { trace.nodes.indices.filter { trace.nodes[$0].isOperation } }
    private var inputs: [Int] { trace.nodes.indices.filter { if case .input = trace.nodes[$0].kind { return true } else { return false } } }

    private func overview(into emit: Emit) rethrows {
        try emit(.paragraph([.text("The program:")]))
        try emit(.code(Self.listing(source)))
        let inputNames = inputs.prefix(20).map { notation.symbol($0) }
        var words: [Inline] = [
            .text("It builds a graph of \(computed.count) operation\(computed.count == 1 ? "" : "s") on \(inputs.count) input\(inputs.count == 1 ? "" : "s") ("),
        ]
        for (index, name) in inputNames.enumerated() {
            if index > 0 { words.append(.text(", ")) }
            words.append(.math(name))
        }
        if inputs.count > inputNames.count { words.append(.text(", …")) }
        words += [
            .text("); the output is "), .math(notation.symbol(output)),
            .text(". Each operation knows its value and its local derivative, how fast its value moves with each operand; the chain rule does the rest."),
        ]
        try emit(.paragraph(words))
        try emit(.heading(2, [.text("The graph")]))
        let nodeCount = trace.nodes.count
        if nodeCount <= Self.largestFigure {
            try emit(.paragraph([.text("Each node with its value and its gradient, as micrograd's draw_dot draws them; arrows run from operands to the node they feed.")]))
            try emit(.figure(.graph(GraphPicture(expression: trace, notation: notation))))
        } else {
            try emit(.paragraph([
                .text("The graph has \(nodeCount) nodes, too many to draw here; "), .code("--format dot"),
                .text(" writes it for Graphviz."),
            ]))
        }
    }

    /// The program as written, except that a long line of statements separated by `;` (and no
    /// comment) is shown a statement to a line, so that it fits the page.
    static func listing(_ source: String) -> String {
        source.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                guard line.count > 72, !line.contains("#") else { return String(line) }
                return line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            }
            .joined(separator: "\n")
    }

    private func forward(into emit: Emit) rethrows {
        try emit(.heading(2, [.text("The forward pass")]))
        try emit(.paragraph([.text("Every node in topological order, each operand before the node that uses it:")]))
        for node in computed {
            guard let symbols = notation.formula(of: node), let numbers = notation.formulaWithNumbers(of: node) else { continue }
            try emit(.math(.equation([notation.symbol(node), symbols, numbers, notation.value(node)])))
        }
    }

    private func backward(into emit: Emit) rethrows {
        try emit(.heading(2, [.text("The backward pass")]))
        try emit(.paragraph([
            .text("It starts at the output with "), .math(.equation([notation.gradientSymbol(output), .number("1")])),
            .text(" and visits the nodes in reverse order. A node's gradient is complete once every node that uses it has been visited; the node then sends each operand its gradient times its local derivative. Where a value is used in several places, the contributions of all its uses add up."),
        ]))
        for node in trace.nodes.indices.reversed() where trace.names[node] != nil {
            if node != output { try gradient(of: node, into: emit) }
            guard trace.nodes[node].isOperation else { continue }
            try sends(node, into: emit)
        }
    }

    /// How `node`'s gradient came together from its uses.
    private func gradient(of node: Int, into emit: Emit) rethrows {
        let uses = trace.uses[node]
        let total = notation.number(trace.gradients[node])
        let name = notation.symbol(node)
        guard uses.count > 1 else {
            try emit(.paragraph([.math(name), .text(" is used once, so "), .math(.equation([notation.gradientSymbol(node), total])), .text(".")]))
            return
        }
        try emit(.paragraph([
            .math(name), .text(" is used in \(uses.count) places; its gradient adds \(uses.count) contributions, one per path:"),
        ]))
        let paths = uses.map { notation.number(trace.contributions[$0.consumer][$0.position]) }
        try emit(.math(.equation([notation.gradientSymbol(node), .sum(paths), total])))
    }

    /// What `node` sends to each of its operands.
    private func sends(_ node: Int, into emit: Emit) rethrows {
        guard let operation = trace.nodes[node].operation, let formula = notation.formula(of: node) else { return }
        var words: [Inline] = [.math(.equation([notation.symbol(node), formula]))]
        if let rule = OperationRuleWords.rule(operation.name) { words.append(.text(": " + rule + ".")) }
        try emit(.paragraph(words))
        let gradient = notation.number(trace.gradients[node])
        for (position, operand) in trace.nodes[node].operands.enumerated() where trace.names[operand] != nil {
            guard let local = notation.localDerivative(of: node, position: position) else { continue }
            var parts: [MathExpression] = [.product([notation.gradientSymbol(node), notation.localSymbol(node, operand)])]
            parts.append(.product([gradient, local.symbols]))
            if local.numbers != local.symbols { parts.append(.product([gradient, local.numbers])) }
            parts.append(notation.number(trace.contributions[node][position]))
            try emit(.math(.equation(parts)))
        }
    }

    private func summary(into emit: Emit) rethrows {
        try emit(.heading(2, [.text("Values and gradients")]))
        try emit(.paragraph([
            .text("Every node's value and gradient, the rate at which the output "), .math(notation.symbol(output)),
            .text(" moves with it:"),
        ]))
        let columns = [
            DocumentTable.Column(header: [.text("node")], alignment: .left),
            DocumentTable.Column(header: [.text("computed as")], alignment: .left),
            DocumentTable.Column(header: [.text("value")], alignment: .decimal),
            DocumentTable.Column(header: [.text("gradient")], alignment: .decimal),
        ]
        let rows: [[[Inline]]] = trace.nodes.indices.filter { trace.names[$0] != nil }.map { node in
            [
                [.math(notation.symbol(node))],
                notation.formula(of: node).map { [.math($0)] } ?? [.text("input")],
                [.text(NumberFormat.exactOrRounded(trace.nodes[node], notation.numbers))],
                [.text(notation.numbers.string(trace.gradients[node]))],
            ]
        }
        try emit(.table(DocumentTable(columns: columns, rows: rows)))
    }

    private func gradientStep(_ step: ExpressionStep, into emit: Emit) rethrows {
        try emit(.heading(2, [.text("A gradient step")]))
        let eta = MathExpression.symbol(MathSymbol("eta"))
        try emit(.paragraph([
            .text("With learning rate "), .math(.equation([eta, .number(NumberFormat.exact(step.learningRate))])),
            .text(", each parameter moves against its gradient, as micrograd's training loop moves "), .code("p.data"), .text(":"),
        ]))
        for update in step.updates {
            guard case let .symbol(name) = notation.symbol(update.node) else { continue }
            try emit(.math(.equation([
                .symbol(name.updated),
                .difference(.symbol(name), .product([eta, notation.gradientSymbol(update.node)])),
                .difference(notation.value(update.node), .product([.number(NumberFormat.exact(step.learningRate)), notation.number(update.gradient)])),
                notation.number(update.updated),
            ])))
        }
    }
}

extension NumberFormat {
    /// An input's value as given, a computed one rounded.
    static func exactOrRounded(_ node: ExpressionNode, _ numbers: NumberFormat) -> String {
        node.isOperation ? numbers.string(node.value) : exact(node.value)
    }
}
