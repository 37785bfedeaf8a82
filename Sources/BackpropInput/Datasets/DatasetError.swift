/// A data set that cannot be made or does not fit the network, as facts for the CLI to phrase.
package enum DatasetError: Error, Sendable, Equatable {
    /// The output layer has neither one neuron (for two classes) nor one per class.
    case outputsDoNotFitClasses(outputs: Int, classes: Int)
    /// The points have `features` coordinates but the network `inputs` input neurons.
    case inputsDoNotFitFeatures(inputs: Int, features: Int)
    /// `--label-column` names a column the table's rows do not have (1-based).
    case labelColumnOutOfRange(column: Int, columns: Int, line: Int)
    /// A feature cell of a labelled table is not a number.
    case notANumber(text: String, line: Int, column: Int)
    /// Rows of different lengths in a labelled table.
    case rowLength(expected: Int, got: Int, line: Int)
    /// A labelled table with no data rows, or with a single class.
    case tooFewClasses(Int)
    /// A labelled table with no rows.
    case noRows
    /// More rows than ``LabelledTable/maximumRows``.
    case tooManyRows(limit: Int)
    /// More distinct labels than ``LabelledTable/maximumClasses``, the first extra one on `line`.
    case tooManyClasses(limit: Int, line: Int)
}
