/// What to say when training has not learnt: the sentence under the loss table of a run that
/// ends near chance, with the flags to try.
public enum TrainingAdvice {
    /// "The accuracy, 50%, is no better than always answering the commonest class (50%): …",
    /// with the changes most likely to help.
    public static func nearChance(_ report: TrainingReport) -> String {
        let percent = NumberFormat(digits: 1)
        let accuracy = percent.string((report.finalAccuracy ?? 0) * 100) + "%"
        let chance = percent.string((report.chanceAccuracy ?? 0) * 100) + "%"
        var changes: [String] = []
        let curve = report.history.table
        if let first = curve.first?.loss, let last = curve.last?.loss, last < first * 0.9 {
            changes.append("more epochs (--epochs), as the loss is still falling")
        } else {
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
        return "The accuracy, \(accuracy), is close to what always answering the commonest class gives "
            + "(\(chance)): the network has not learnt to tell the classes apart. Try "
            + listed(changes) + "."
    }

    private static func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: "; ") + "; or " + (items.last ?? "")
    }
}
