/// One `name = value` line of an answers file.
public struct Answer: Sendable, Equatable {
    /// The 1-based line it was on.
    public let line: Int
    /// The name as written, with surrounding spaces and backticks removed.
    public let name: String
    /// The value, or nil when it was left empty (a worksheet line not filled in).
    public let number: WrittenNumber?

    /// An answer on `line`.
    public init(line: Int, name: String, number: WrittenNumber?) {
        self.line = line
        self.name = name
        self.number = number
    }
}
