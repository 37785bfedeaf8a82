import BackpropSupport

/// What people coming from other tools type, and what backprop calls it: the hints after
/// "unknown option" and "not one of", beyond the typos edit distance finds.
enum CommonGuesses {
    /// Option names other tools use, each with backprop's.
    static let options: [String: String] = [
        "--lr": "--learning-rate",
        "--eta": "--learning-rate",
        "--rate": "--learning-rate",
        "--epsilon": "--adam-epsilon",
        "--eps": "--adam-epsilon",
        "--optim": "--optimizer",
        "--batch": "--batch-size",
        "--bs": "--batch-size",
        "--epoch": "--epochs",
        "--iterations": "--steps",
        "--output-format": "--format",
        "--activations": "--activation",
    ]

    /// The hint for an unknown option `name` among `candidates`: the option other tools spell so,
    /// else the closest by edit distance; nil when none is near.
    static func option(_ name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        if let known = options[lowered], candidates.contains(known) { return known }
        return Suggestion.closest(to: name, among: candidates)
    }

    /// What to say about `text`, refused as a value of `option` whose values are `choices`:
    /// a pointer to the option that does it (`--format pdf` to `--pdf FILE` when the command
    /// `offersPDF`), or the choice meant.
    static func value(_ text: String, option: String, choices: [String], offersPDF: Bool = false) -> String? {
        let lowered = text.lowercased()
        if option == "--format" {
            switch lowered {
            case "pdf" where offersPDF: return "for a PDF, give --pdf FILE"
            case "pdf" where choices.contains("latex"): return "for a PDF, run pdflatex on --format latex"
            case "md": return choices.contains("markdown") ? "did you mean 'markdown'?" : nil
            case "tex": return choices.contains("latex") ? "did you mean 'latex'?" : nil
            case "txt": return choices.contains("text") ? "did you mean 'text'?" : nil
            case "htm": return choices.contains("html") ? "did you mean 'html'?" : nil
            default: break
            }
        }
        // Two edits turn any short word into another: a short value gets no guess.
        guard text.count > 3 else { return nil }
        return Suggestion.closest(to: text, among: choices).map { "did you mean '\($0)'?" }
    }

    /// Loss names other tools use, each with the loss backprop calls so and PyTorch's name for it.
    static let losses: [String: String] = {
        let softmax = "PyTorch's CrossEntropyLoss is \"cross-entropy\", for a softmax output layer"
        let categorical = "Keras's categorical cross-entropy, PyTorch's CrossEntropyLoss, is \"cross-entropy\""
        let logLoss = "log loss is \"binary-cross-entropy\" for logistic outputs, PyTorch's BCELoss, "
            + "and \"cross-entropy\" for a softmax layer, CrossEntropyLoss"
        return [
        "mse": "PyTorch's MSELoss() is \"mean-squared\"",
        "l2": "PyTorch's MSELoss() is \"mean-squared\"",
        "sse": "a sum of squared errors is \"squared\"",
        "bce": "PyTorch's BCELoss(reduction='sum') is \"binary-cross-entropy\", for logistic outputs",
        "ce": softmax,
        "cross-entropy-loss": softmax,
        "categorical-cross-entropy": categorical + ", for a softmax output layer",
        "categorical-crossentropy": categorical + ", for a softmax output layer",
        "nll": "PyTorch's NLLLoss after LogSoftmax is \"cross-entropy\", for a softmax output layer",
        "log-loss": logLoss,
        "logloss": logLoss,
        ]
    }()

    /// What to say about the unknown loss `name`, if other tools call a loss so.
    static func loss(_ name: String) -> String? {
        losses[String(name.trimmingSpaces.lowercased().map { $0 == "_" ? "-" : $0 })]
    }
}
