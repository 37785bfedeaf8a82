import BackpropCore

/// One answer on a sheet for an expression: a node's value or its gradient, as written.
package struct ExpressionAnswer: Sendable, Equatable {
    /// What is answered.
    package enum Quantity: Sendable, Equatable, Hashable {
        /// The value of the node.
        case value(Int)
        /// ∂output/∂node.
        case gradient(Int)
    }

    /// The line of the sheet, from 1.
    package let line: Int
    /// The name as written (`dg/db`, `b.grad`).
    package let name: String
    package let quantity: Quantity
    package let written: WrittenNumber

    package init(line: Int, name: String, quantity: Quantity, written: WrittenNumber) {
        self.line = line
        self.name = name
        self.quantity = quantity
        self.written = written
    }
}

/// A line of a sheet that is not an answer, and why.
package struct ExpressionUnreadable: Sendable, Equatable {
    package enum Reason: Sendable, Equatable {
        /// Not `name = number`.
        case notAnAnswer
        /// A name the expression has no node for, with the closest one it has.
        case unknownName(String, suggestion: String?)
        /// The value is not a number.
        case notANumber(String)
    }

    package let line: Int
    package let text: String
    package let reason: Reason
}
