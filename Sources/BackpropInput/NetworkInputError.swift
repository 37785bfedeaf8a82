import BackpropCore

/// A network description that cannot be read or used: where the problem is and what it is.
///
/// It carries facts, not sentences: the command-line tool phrases them (with flag names, which
/// this library does not know).
package struct NetworkInputError: Error, Sendable, Equatable {
    /// What is wrong.
    package enum Problem: Sendable, Equatable {
        /// The text is not JSON: the parser's description of what it expected.
        case malformedJSON(String)
        /// The file's top level is not an object.
        case notAnObject(found: JSONType)
        /// A field no network file has; the closest known field, if one is close.
        case unknownField(suggestion: String?)
        /// An array was expected.
        case expectedArray(found: JSONType)
        /// A number was expected (`index` 0-based within an array, if in one).
        case expectedNumber(found: JSONType, index: Int?)
        /// A number literal too large for a double.
        case tooLarge(index: Int?)
        /// A layer size that is not a whole number.
        case notWholeNumber(index: Int, value: Double)
        /// Biases that mix numbers and arrays.
        case mixedBiases
        /// An activation name was expected.
        case expectedActivationName(found: JSONType)
        /// An activation name we do not know; the closest known name, if one is close.
        case unknownActivation(String, suggestion: String?)
        /// An empty list of activations.
        case noActivation
        /// A loss's name was expected.
        case expectedLossName(found: JSONType)
        /// A loss we do not know; the closest known name, if one is close.
        case unknownLoss(String, suggestion: String?)
        /// Inputs for one number of examples and targets for another.
        case exampleCountMismatch(inputs: Int, targets: Int)
        /// A file with "examples" and "inputs" or "targets" too.
        case examplesBesideInputs
        /// An example of "examples" that is not an object with "inputs" and "targets" (0-based).
        case malformedExample(index: Int)
        /// A table row (`--examples`) with the wrong number of values for the layers.
        case rowLength(expected: Int, got: Int, inputs: Int)
        /// A table cell that is not a number (1-based column), with its text.
        case notANumberInRow(column: Int, text: String)
        /// A table with no rows.
        case noRows
        /// A JSON object was expected (the `"training"` record and its optimizer).
        case expectedObject(found: JSONType)
        /// A string was expected.
        case expectedString(found: JSONType)
        /// An optimizer object without its `"name"`.
        case missingOptimizerName
        /// `true` or `false` was expected.
        case expectedBoolean(found: JSONType)
        /// An optimizer we do not know; the closest known name, if one is close.
        case unknownOptimizer(String, suggestion: String?)
        /// A reduction we do not know (`mean` or `sum`).
        case unknownReduction(String)
        /// A number outside the values the field takes.
        case outOfRange(Double, allowed: AllowedRange)
        /// A class label (`--labels`) of example `example` (0-based) that the output layer has no
        /// class for.
        case labelOutOfRange(example: Int, label: Int, classes: Int)
        /// More examples than the limit.
        case tooManyExamples(limit: Int)
        /// The parts do not make a network; `layersFrom` is where the layer sizes came from, when
        /// a count is wrong and the layers came from elsewhere than the part that is wrong.
        case invalid(NetworkError.Problem, layersFrom: InputSource?)
    }

    /// The values a number of the `"training"` record may take.
    package enum AllowedRange: Sendable, Equatable {
        /// 0 to below 1 (momentum, α, β₁, β₂).
        case fraction
        /// Above 0, at most 1 (ε).
        case positiveUpToOne
        /// 0 to the largest weight decay.
        case weightDecay
        /// A whole number from 1 to the most examples.
        case batchSize
    }

    /// Where the offending part came from.
    package let source: InputSource
    /// The field in a file's terms (`weights`), if the problem is one field's.
    package let field: String?
    /// 1-based line and column in a file, when known.
    package let line: Int?
    package let column: Int?
    /// What is wrong.
    package let problem: Problem

    /// An error about `field` of `source`.
    package init(
        _ source: InputSource, field: String?, _ problem: Problem,
        line: Int? = nil, column: Int? = nil
    ) {
        self.source = source
        self.field = field
        self.problem = problem
        self.line = line
        self.column = column
    }
}
