/// A worksheet header (`#@` lines) that cannot be trusted: what is wrong and where.
package struct WorksheetHeaderError: Error, Sendable, Equatable {
    /// What is wrong.
    package enum Problem: Sendable, Equatable {
        /// The lines were changed since the worksheet was made: the checksum does not match.
        case edited
        /// The header stops before its checksum line: lines were deleted.
        case incomplete
        /// A second header starts on the error's line; the first started on `first`.
        case repeated(first: Int)
        /// A version this backprop does not know (a newer one wrote it).
        case unknownVersion(String)
        /// A line that is none of the header's own (quoted).
        case unexpected(String)
        /// No network in it.
        case noNetwork
    }

    /// The 1-based line of the file where the problem shows.
    package let line: Int
    /// What is wrong.
    package let problem: Problem

    /// A problem on `line`.
    package init(line: Int, _ problem: Problem) {
        self.line = line
        self.problem = problem
    }
}
