/// What to say when training has not learnt: the sentence under the loss table of a run that
/// ends near chance, with the flags to try.
package enum TrainingAdvice {
    /// "The accuracy, 50%, is close to what always answering the commonest class gives (50%):
    /// … Try …", with the changes most likely to help.
    package static func nearChance(_ report: TrainingReport) -> String {
        let (accuracy, chance) = percentages(report)
        return "The accuracy, \(accuracy), is close to what always answering the commonest class gives "
            + "(\(chance)): the network has not learnt to tell the classes apart. Try "
            + listed(changes(report)) + "."
    }

    /// The same in one line, for a note on standard error.
    package static func nearChanceNote(_ report: TrainingReport) -> String {
        let (accuracy, chance) = percentages(report)
        return "training ended near chance (\(accuracy) right; always answering the commonest class gives "
            + "\(chance)): try " + listed(changes(report))
    }

    private static func percentages(_ report: TrainingReport) -> (String, String) {
        let percent = NumberFormat(digits: 1)
        return (
            percent.string((report.finalAccuracy ?? 0) * 100) + "%",
            percent.string((report.chanceAccuracy ?? 0) * 100) + "%"
        )
    }

    /// The changes most likely to help, most likely first.
    private static func changes(_ report: TrainingReport) -> [String] {
        var changes: [String] = []
        let table = report.history.table
        if table.count >= 2, table[table.count - 1].loss < table[table.count - 2].loss {
            changes.append("more epochs (--epochs), as the loss is still falling")
        }
        if let first = table.first?.loss, let last = table.last?.loss, !(last < first * 0.9) {
            changes.append(report.optimizer.normalisesSteps
                ? "another learning rate (--learning-rate)"
                : "a larger learning rate (--learning-rate) or --optimizer adam")
        }
        if report.network.layerCount <= 2 {
            changes.append("a hidden layer (--layers), as a network without one draws only straight boundaries")
        } else if report.network.activations.dropLast().allSatisfy({ $0 == .logistic }) {
            changes.append("--activation tanh for the hidden layers")
        }
        if [.halfSquared, .squared, .meanSquared].contains(report.loss) {
            switch report.network.activations.last {
            case .softmax: changes.append("--loss cross-entropy")
            case .logistic: changes.append("--loss binary-cross-entropy")
            default: break
            }
        }
        if report.weightDecay != 0 { changes.append("a smaller --weight-decay") }
        return changes
    }

    private static func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: "; ") + "; or " + (items.last ?? "")
    }
}
