import BackpropInput

extension Failure {
    static func describe(_ error: TrainError) -> (String, Int32) {
        switch error {
        case let .diverged(epoch):
            return ("the loss stopped being finite in epoch \(epoch): training diverges; use a smaller --learning-rate", ExitStatus.dataError)
        }
    }

    static func describe(_ error: DatasetError) -> String {
        switch error {
        case let .outputsDoNotFitClasses(outputs, classes):
            return "the data has \(classes) classes but the output layer \(outputs) neurons: give it \(classes == 2 ? "1 or 2" : String(classes)) (--layers)"
        case let .inputsDoNotFitFeatures(inputs, features):
            return "the data has \(features) inputs per example but the input layer \(inputs) neurons (--layers)"
        case let .labelColumnOutOfRange(column, columns, line):
            return "line \(line): --label-column \(column), but the row has \(columns) columns"
        case let .notANumber(text, line, column):
            return "line \(line), column \(column): '\(text)' is not a number"
        case let .rowLength(expected, got, line):
            return "line \(line): \(got) columns, but the rows before have \(expected)"
        case let .tooFewClasses(count):
            return "the label column holds \(count) class\(count == 1 ? "" : "es"); training needs at least 2"
        case .noRows:
            return "the file holds no rows of data"
        case let .tooManyRows(limit):
            return "more than \(limit) rows (the most a data set may have)"
        case let .tooManyClasses(limit, line):
            return "line \(line): the label column holds more than \(limit) classes (the most a data set may have, "
                + "one output neuron each); is --label-column the column of the classes?"
        }
    }
}
