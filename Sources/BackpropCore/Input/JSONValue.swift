/// A parsed JSON value that remembers where in the text it started, for error messages.
public struct JSONValue: Sendable {
    /// The value's kind and content.
    public enum Kind: Sendable {
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
    public let kind: Kind
    /// 1-based line of the value's first character.
    public let line: Int
    /// 1-based column (in characters) of the value's first character.
    public let column: Int

    /// A word for the kind, for messages: "a string", "an array", …
    public var kindDescription: String {
        switch kind {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

}

/// Malformed JSON text: what was expected and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, in words.
    public let message: String
    /// 1-based line.
    public let line: Int
    /// 1-based column.
    public let column: Int
}
