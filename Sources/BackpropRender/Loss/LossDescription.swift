import BackpropCore
import TemplateKit

/// The words and symbols that describe a loss in a walkthrough's prose: what templates say about
/// it instead of hard-coding ½(target − out)².
struct LossDescription {
    let loss: Loss
    let style: DocumentStyle

    /// `loss.name`, `loss.share`, `loss.formula` and `loss.slope` for the templates
    /// (`docs/templates.md`).
    func values() -> TemplateValue {
        .object([
            "name": .text(name),
            "share": .text(share),
            "formula": .raw(formula),
            "slope": .raw(slope),
        ])
    }

    /// What the loss is called: "squared error".
    var name: String {
        switch loss {
        case .halfSquared: return "squared error"
        }
    }

    /// One output's share of it, in words.
    var share: String {
        switch loss {
        case .halfSquared: return "half the squared difference between its target and its output"
        }
    }

    /// One output's share as a formula in the prose's notation: ½(target − out)².
    var formula: String {
        switch (loss, style.proseMath) {
        case (.halfSquared, .unicode): return "½(target − out)²"
        case (.halfSquared, .terminal): return TextLayout.unbroken("½(target − out)²")
        case (.halfSquared, .latex): return "$\\tfrac{1}{2}(\\mathit{target} - \\mathit{out})^{2}$"
        }
    }

    /// The share's slope with respect to the output: −(target − out).
    var slope: String {
        switch (loss, style.proseMath) {
        case (.halfSquared, .unicode): return "−(target − out)"
        case (.halfSquared, .terminal): return TextLayout.unbroken("−(target − out)")
        case (.halfSquared, .latex): return "$-(\\mathit{target} - \\mathit{out})$"
        }
    }
}
