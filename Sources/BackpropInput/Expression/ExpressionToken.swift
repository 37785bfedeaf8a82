/// One token of an expression program, with where it starts (a byte offset into the source).
struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case name(String)
        /// `+ - * / ** ( ) . , =` and the augmented assignments `+= -= *= /=`.
        case symbol(String)
        /// The end of a statement: `;` or a line break outside parentheses.
        case separator
        case end
    }

    let kind: Kind
    let offset: Int

    /// How an error message quotes it: `'*'`, `'x'`, `the end of the line`.
    var described: String {
        switch kind {
        case let .number(value): return "the number \(value)"
        case let .name(name): return "'\(name)'"
        case let .symbol(symbol): return "'\(symbol)'"
        case .separator: return "the end of the statement"
        case .end: return "the end of the program"
        }
    }
}
