import BackpropCore
import BackpropSupport

/// Reads an expression program in micrograd's syntax and builds its graph as it reads, node by
/// node (the forward pass): assignments separated by `;` or line breaks; `+ - * / **`, unary
/// minus, parentheses; `+=`, `-=`, `*=`, `/=` (each makes a new node, as in Python); the
/// functions of ``MathFunction`` (and `logistic` for `sigmoid`), called as `tanh(x)` or as a
/// method, `(b + a).relu()`.
///
/// Numbers written together are worked out at once, as Python does before micrograd sees
/// them: `a = -4.0` is an input of value −4, `2 ** 3` is the constant 8. Linear in the
/// program's length; recursion is bounded by ``maximumDepth``.
package struct ExpressionParser {
    /// How deeply parentheses, calls, signs and exponents may nest.
    package static let maximumDepth = 100

    /// What an expression evaluates to while it is read: a node, or a number not yet in the
    /// graph (it becomes a constant when an operation uses it).
    private enum Value {
        case node(Int)
        case number(Double)
    }

    private var lexer: ExpressionLexer
    private var token: ExpressionToken
    private var builder: ExpressionGraphBuilder
    private var bindings: [String: Int] = [:]
    private var given: [String: Double]
    private var givenOrder: [String]
    private var givenRead: Set<String> = []
    private var depth = 0
    private var lastAssigned: String?

    /// Parses `source`, with the values `given` (`--at`, in order) for names it reads before
    /// assigning them, and returns the trace of the output: the variable `output`, or the last
    /// one assigned.
    ///
    /// - Throws: ``ExpressionInputError`` at the first problem.
    package static func trace(
        _ source: [UInt8], given: [(name: String, value: Double)] = [], output: String? = nil,
        nodeLimit: Int = ExpressionGraphBuilder.defaultNodeLimit
    ) throws(ExpressionInputError) -> ExpressionTrace {
        var parser = try ExpressionParser(source, given: given, nodeLimit: nodeLimit)
        try parser.program()
        return try parser.finish(output: output)
    }

    private init(_ source: [UInt8], given: [(name: String, value: Double)], nodeLimit: Int) throws(ExpressionInputError) {
        lexer = ExpressionLexer(source)
        builder = ExpressionGraphBuilder(nodeLimit: nodeLimit)
        self.given = Dictionary(given.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        givenOrder = given.map(\.name)
        token = ExpressionToken(kind: .end, offset: 0)
        token = try lexer.next()
    }

    private mutating func advance() throws(ExpressionInputError) { token = try lexer.next() }

    private mutating func program() throws(ExpressionInputError) {
        while token.kind != .end {
            if token.kind == .separator {
                try advance()
                continue
            }
            try statement()
            guard token.kind == .separator || token.kind == .end else {
                throw ExpressionInputError(.expected("';' or a new line", found: token.described), at: token.offset)
            }
        }
    }

    private mutating func statement() throws(ExpressionInputError) {
        guard case let .name(name) = token.kind else {
            throw ExpressionInputError(.expected("a name to assign to", found: token.described), at: token.offset)
        }
        let nameOffset = token.offset
        try advance()
        guard case let .symbol(assignment) = token.kind, ["=", "+=", "-=", "*=", "/="].contains(assignment) else {
            throw ExpressionInputError(.expected("'=' after \(name)", found: token.described), at: token.offset)
        }
        let operatorOffset = token.offset
        try advance()
        if given[name] != nil { throw ExpressionInputError(.givenAndAssigned(name), at: nameOffset) }
        let value = try expression()
        let node: Int
        if assignment == "=" {
            switch value {
            case let .node(index): node = index
            case let .number(number): node = try graph(at: nameOffset) { (b: inout ExpressionGraphBuilder) throws(ExpressionGraphError) in try b.input(number) }
            }
        } else {
            let current = try read(name, at: nameOffset)
            let operation: any Operation = switch assignment {
            case "+=": Add()
            case "-=": Subtract()
            case "*=": Multiply()
            default: Divide()
            }
            guard case let .node(result) = try apply(operation, [.node(current), value], at: operatorOffset) else { return }
            node = result
        }
        builder.name(node, name)
        bindings[name] = node
        lastAssigned = name
    }

    private mutating func expression() throws(ExpressionInputError) -> Value {
        try enter()
        defer { depth -= 1 }
        var value = try term()
        while case let .symbol(symbol) = token.kind, symbol == "+" || symbol == "-" {
            let offset = token.offset
            try advance()
            let right = try term()
            value = try apply(symbol == "+" ? Add() : Subtract(), [value, right], at: offset)
        }
        return value
    }

    private mutating func term() throws(ExpressionInputError) -> Value {
        var value = try unary()
        while case let .symbol(symbol) = token.kind, symbol == "*" || symbol == "/" {
            let offset = token.offset
            try advance()
            let right = try unary()
            value = try apply(symbol == "*" ? Multiply() : Divide(), [value, right], at: offset)
        }
        return value
    }

    private mutating func unary() throws(ExpressionInputError) -> Value {
        guard case let .symbol(symbol) = token.kind, symbol == "-" || symbol == "+" else { return try power() }
        let offset = token.offset
        try advance()
        try enter()
        defer { depth -= 1 }
        let operand = try unary()
        return symbol == "+" ? operand : try apply(Negate(), [operand], at: offset)
    }

    private mutating func power() throws(ExpressionInputError) -> Value {
        let base = try postfix()
        guard token.kind == .symbol("**") else { return base }
        let offset = token.offset
        try advance()
        let exponentOffset = token.offset
        try enter()
        defer { depth -= 1 }
        let exponent = try unary()
        guard case let .number(n) = exponent else {
            throw ExpressionInputError(.exponentNotNumber, at: exponentOffset)
        }
        return try apply(Power(exponent: n), [base], at: offset)
    }

    private mutating func postfix() throws(ExpressionInputError) -> Value {
        var value = try primary()
        while token.kind == .symbol(".") {
            try advance()
            guard case let .name(method) = token.kind else {
                throw ExpressionInputError(.expected("a function name after '.'", found: token.described), at: token.offset)
            }
            let offset = token.offset
            let function = try Self.function(method, at: offset)
            try advance()
            try expect("(", after: "." + method)
            try expect(")", after: "." + method + "(")
            value = try apply(function.operation, [value], at: offset)
        }
        return value
    }

    private mutating func primary() throws(ExpressionInputError) -> Value {
        let offset = token.offset
        switch token.kind {
        case let .number(number):
            try advance()
            return .number(number)
        case let .name(name):
            try advance()
            guard token.kind == .symbol("(") else { return .node(try read(name, at: offset)) }
            let function = try Self.function(name, at: offset)
            try advance()
            let argument = try expression()
            try expect(")", after: name + "(…")
            return try apply(function.operation, [argument], at: offset)
        case .symbol("("):
            try advance()
            let inner = try expression()
            try expect(")", after: "(…")
            return inner
        default:
            throw ExpressionInputError(.expected("a number, a name or '('", found: token.described), at: offset)
        }
    }

    private mutating func expect(_ symbol: String, after what: String) throws(ExpressionInputError) {
        guard token.kind == .symbol(symbol) else {
            throw ExpressionInputError(.expected("'\(symbol)' after \(what)", found: token.described), at: token.offset)
        }
        try advance()
    }

    /// Goes one level deeper, refusing nesting beyond ``maximumDepth``; the caller steps back
    /// out with `defer { depth -= 1 }`.
    private mutating func enter() throws(ExpressionInputError) {
        guard depth < Self.maximumDepth else {
            throw ExpressionInputError(.tooDeep(limit: Self.maximumDepth), at: token.offset)
        }
        depth += 1
    }

    /// The node `name` stands for: its latest assignment, or its `--at` value (an input made
    /// where it is first read).
    private mutating func read(_ name: String, at offset: Int) throws(ExpressionInputError) -> Int {
        if let node = bindings[name] { return node }
        guard let value = given[name] else {
            let known = bindings.keys.sorted() + givenOrder.filter { bindings[$0] == nil }
            throw ExpressionInputError(.unknownName(name, suggestion: Suggestion.closest(to: name, among: known)), at: offset)
        }
        let node = try graph(at: offset) { (b: inout ExpressionGraphBuilder) throws(ExpressionGraphError) in try b.input(value) }
        builder.name(node, name)
        bindings[name] = node
        givenRead.insert(name)
        return node
    }

    /// `operation` applied to `operands`: a number when they all are numbers (worked out by the
    /// operation itself), else a new node.
    private mutating func apply(_ operation: any Operation, _ operands: [Value], at offset: Int) throws(ExpressionInputError) -> Value {
        var numbers: [Double] = []
        for operand in operands { if case let .number(number) = operand { numbers.append(number) } }
        if numbers.count == operands.count {
            var scratch = ExpressionGraphBuilder(nodeLimit: operands.count + 1)
            let value = try graph(at: offset) { _ throws(ExpressionGraphError) in
                let nodes = try numbers.map { number throws(ExpressionGraphError) in try scratch.constant(number) }
                return try scratch.apply(operation, to: nodes)
            }
            return .number(scratch.nodes[value].value)
        }
        var nodes: [Int] = []
        for operand in operands {
            switch operand {
            case let .node(node): nodes.append(node)
            case let .number(number):
                nodes.append(try graph(at: offset) { (b: inout ExpressionGraphBuilder) throws(ExpressionGraphError) in try b.constant(number) })
            }
        }
        return .node(try graph(at: offset) { (b: inout ExpressionGraphBuilder) throws(ExpressionGraphError) in try b.apply(operation, to: nodes) })
    }

    /// Runs a change of the graph, placing its error at `offset`.
    private mutating func graph(at offset: Int, _ change: (inout ExpressionGraphBuilder) throws(ExpressionGraphError) -> Int) throws(ExpressionInputError) -> Int {
        do {
            return try change(&builder)
        } catch {
            throw ExpressionInputError(.graph(error), at: offset)
        }
    }

    private static func function(_ name: String, at offset: Int) throws(ExpressionInputError) -> MathFunction {
        if let function = MathFunction(rawValue: name) { return function }
        if name == "logistic" { return .sigmoid }
        let names = MathFunction.allCases.map(\.rawValue) + ["logistic"]
        throw ExpressionInputError(.unknownFunction(name, suggestion: Suggestion.closest(to: name, among: names)), at: offset)
    }

    private func finish(output: String?) throws(ExpressionInputError) -> ExpressionTrace {
        if let unused = givenOrder.first(where: { !givenRead.contains($0) }) {
            throw ExpressionInputError(
                .unusedGiven(unused, suggestion: Suggestion.closest(to: unused, among: bindings.keys.sorted().filter { given[$0] == nil })),
                at: nil
            )
        }
        guard let name = output ?? lastAssigned else { throw ExpressionInputError(.noAssignment, at: nil) }
        guard let node = bindings[name] else {
            throw ExpressionInputError(.unknownOutput(name, suggestion: Suggestion.closest(to: name, among: bindings.keys.sorted())), at: nil)
        }
        return ExpressionTrace(graph: builder.nodes, output: node)
    }
}
