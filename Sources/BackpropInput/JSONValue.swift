/// A parsed JSON value that remembers where in the text it started, for error messages.
internal struct JSONValue: Sendable {
    /// The value's kind and content.
    enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number as a double; a literal too large for a double is infinite here.
        case number(Double)
        case string(String)
        case array([JSONValue])
        /// Members in the order written; keys are unique (the parser refuses duplicates).
        case object([(key: String, value: JSONValue)])
    }

    /// What the value is.
    let kind: Kind
    /// 1-based line of the value's first character.
    let line: Int
    /// 1-based column (in characters) of the value's first character.
    let column: Int

    /// What kind of value it is, without its content.
    var type: JSONType {
        switch kind {
        case .null: return .null
        case .bool: return .bool
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

}

/// Malformed JSON text: what was expected and where.
internal struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, in words.
    let message: String
    /// 1-based line.
    let line: Int
    /// 1-based column.
    let column: Int
}
