import BackpropCore

/// Points with a class each: what a built-in data set or a CSV with a label column holds.
package struct LabelledData: Sendable, Equatable {
    /// Each point's coordinates (one per input neuron).
    package let features: [[Double]]
    /// Each point's class, from 0.
    package let labels: [Int]
    /// The names of the classes, class 0 first.
    package let classNames: [String]

    /// Data; `labels` index `classNames`.
    package init(features: [[Double]], labels: [Int], classNames: [String]) {
        self.features = features
        self.labels = labels
        self.classNames = classNames
    }

    /// How many coordinates a point has.
    package var featureCount: Int { features.first?.count ?? 0 }

    /// The output neurons a network needs for these classes: 1 for two (target 0 or 1),
    /// otherwise one per class (one-hot targets).
    package var naturalOutputCount: Int { classNames.count == 2 ? 1 : classNames.count }

    /// The examples for a network of `outputs` output neurons: with one, the class (0 or 1) is
    /// the target; with one per class, the targets are one-hot.
    ///
    /// - Throws: ``DatasetError/outputsDoNotFitClasses(outputs:classes:)`` otherwise.
    package func examples(outputs: Int) throws(DatasetError) -> [Example] {
        let classes = classNames.count
        if outputs == 1, classes <= 2 {
            return zip(features, labels).map { Example(inputs: $0, targets: [Double($1)]) }
        }
        guard outputs == classes else { throw .outputsDoNotFitClasses(outputs: outputs, classes: classes) }
        return zip(features, labels).map { point, label in
            Example(inputs: point, targets: (0..<classes).map { $0 == label ? 1 : 0 })
        }
    }
}
