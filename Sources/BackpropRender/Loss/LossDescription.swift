import BackpropCore
import TemplateKit

/// The words and symbols that describe a loss in a walkthrough's prose: what templates say about
/// it instead of hard-coding ½(target − out)².
struct LossDescription {
    let loss: Loss
    let style: DocumentStyle

    /// `loss.*` for the templates (`docs/templates.md`).
    func values() -> TemplateValue {
        .object([
            "name": .text(name),
            "share": .text(share),
            "formula": .raw(formula),
            "slope": .raw(slope),
            "pytorch": .raw(pytorch),
            "halfSquared": .bool(loss == .halfSquared),
            "squaredError": .bool([.halfSquared, .squared, .meanSquared].contains(loss)),
            "crossEntropy": .bool(loss == .crossEntropy),
            "binaryCrossEntropy": .bool(loss == .binaryCrossEntropy),
            "simplifies": .bool(loss.simplifiesWithItsActivation),
        ])
    }

    /// What the loss is called: "squared error".
    var name: String {
        switch loss {
        case .halfSquared, .squared: return "squared error"
        case .meanSquared: return "mean squared error"
        case .crossEntropy: return "cross-entropy"
        case .binaryCrossEntropy: return "binary cross-entropy"
        }
    }

    /// One output's share of it, in words.
    var share: String {
        switch loss {
        case .halfSquared: return "half the squared difference between its target and its output"
        case .squared: return "the squared difference between its target and its output"
        case .meanSquared:
            return "the squared difference between its target and its output, divided by the number of outputs"
        case .crossEntropy: return "minus its target times the natural logarithm of its output"
        case .binaryCrossEntropy:
            return "minus the log-likelihood of its target when its output is the probability of a 1"
        }
    }

    /// One output's share as a formula in the prose's notation: ½(target − out)².
    var formula: String {
        switch style.proseMath {
        case .unicode, .terminal:
            let text: String
            switch loss {
            case .halfSquared: text = "½(target − out)²"
            case .squared: text = "(target − out)²"
            case .meanSquared: text = "(target − out)²/n"
            case .crossEntropy: text = "−target·ln(out)"
            case .binaryCrossEntropy: text = "−[target·ln(out) + (1 − target)·ln(1 − out)]"
            }
            return style.proseMath == .terminal ? TextLayout.unbroken(text) : text
        case .latex:
            switch loss {
            case .halfSquared: return "$\\tfrac{1}{2}(\\mathit{target} - \\mathit{out})^{2}$"
            case .squared: return "$(\\mathit{target} - \\mathit{out})^{2}$"
            case .meanSquared: return "$(\\mathit{target} - \\mathit{out})^{2}/n$"
            case .crossEntropy: return "$-\\mathit{target}\\cdot\\ln(\\mathit{out})$"
            case .binaryCrossEntropy:
                return "$-[\\mathit{target}\\cdot\\ln(\\mathit{out}) + (1 - \\mathit{target})\\cdot\\ln(1 - \\mathit{out})]$"
            }
        }
    }

    /// The share's slope with respect to the output: −(target − out).
    var slope: String {
        switch style.proseMath {
        case .unicode, .terminal:
            let text: String
            switch loss {
            case .halfSquared: text = "−(target − out)"
            case .squared: text = "−2(target − out)"
            case .meanSquared: text = "−2(target − out)/n"
            case .crossEntropy: text = "−target/out"
            case .binaryCrossEntropy: text = "(out − target)/(out(1 − out))"
            }
            return style.proseMath == .terminal ? TextLayout.unbroken(text) : text
        case .latex:
            switch loss {
            case .halfSquared: return "$-(\\mathit{target} - \\mathit{out})$"
            case .squared: return "$-2(\\mathit{target} - \\mathit{out})$"
            case .meanSquared: return "$-2(\\mathit{target} - \\mathit{out})/n$"
            case .crossEntropy: return "$-\\mathit{target}/\\mathit{out}$"
            case .binaryCrossEntropy:
                return "$(\\mathit{out} - \\mathit{target})/(\\mathit{out}(1 - \\mathit{out}))$"
            }
        }
    }

    /// The same loss in PyTorch, for one example.
    var pytorch: String {
        let code = style.codeSpan
        switch loss {
        case .halfSquared: return code("MSELoss(reduction='sum')") + " divided by 2"
        case .squared: return code("MSELoss(reduction='sum')")
        case .meanSquared: return code("MSELoss()") + ", the mean over the outputs"
        case .crossEntropy:
            return code("CrossEntropyLoss()") + " on the output layer's net inputs (the logits; it applies the softmax itself)"
        case .binaryCrossEntropy: return code("BCELoss(reduction='sum')")
        }
    }
}
