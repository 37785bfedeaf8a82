/// A 1-based line and column (in Unicode scalars) in a template's source.
struct SourceLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}
