import BackpropCore
import TemplateKit

/// How the views of a step beyond the walkthrough (matrix form, computational graph, gradient
/// check) are written in one format: the walkthrough's ``DocumentStyle`` for prose, tables and
/// formulas, plus how matrix equations are laid out and the graph is drawn, and the main
/// template that puts the chosen views in one document.
package struct ViewStyle: Sendable {
    enum Format: Sendable, Equatable {
        case markdown, text(ascii: Bool, width: Int), latex, html
    }

    /// The walkthrough's style in the same format.
    package let document: DocumentStyle
    let format: Format
    /// The main template's file name inside the format's folder.
    let mainTemplate: String

    /// Markdown: matrices in LaTeX `bmatrix`, the graph as Mermaid.
    package static let markdown = ViewStyle(document: .markdown, format: .markdown, mainTemplate: "views.md")

    /// Text: bracketed matrices lined up in columns, the graph as an indented tree; prose
    /// wrapped at `width` like the walkthrough's.
    package static func text(ascii: Bool, width: Int = TextLayout.defaultWidth) -> ViewStyle {
        ViewStyle(document: .text(ascii: ascii, width: width), format: .text(ascii: ascii, width: width), mainTemplate: "views.txt")
    }

    /// LaTeX: matrices in `bmatrix`, the graph in TikZ.
    package static func latex(bodyOnly: Bool = false) -> ViewStyle {
        ViewStyle(
            document: .latex(bodyOnly: bodyOnly), format: .latex,
            mainTemplate: bodyOnly ? "views-body-only.tex" : "views.tex"
        )
    }

    /// HTML: matrices as MathML tables, the graph as inline SVG.
    package static func html(bodyOnly: Bool = false) -> ViewStyle {
        ViewStyle(
            document: .html(bodyOnly: bodyOnly), format: .html,
            mainTemplate: bodyOnly ? "views-body-only.html" : "views.html"
        )
    }

    /// The computational graph drawn in this format: Mermaid, an indented tree, TikZ or SVG.
    func drawGraph(_ picture: GraphPicture) -> String {
        switch format {
        case .markdown: return MermaidGraph(picture: picture).render()
        case let .text(ascii, _): return TextGraphTree(picture: picture, ascii: ascii).render()
        case .latex: return TikZGraph(picture: picture).render()
        case .html: return SVGGraph(picture: picture).render()
        }
    }

    /// The widest display line of LaTeX, HTML and Markdown, in ``MathWidth`` units (text has its
    /// width in characters).
    static let pageWidth = EquationLayout.page.maximumWidth

    private var textLayout: TextMathLayout? {
        guard case let .text(ascii, _) = format else { return nil }
        return TextMathLayout(math: ascii ? .ascii : .unicode, ascii: ascii)
    }

    /// A display chain `a = b = c = d`: a numeric step (neither the first nor the last) too
    /// wide for the page is left out; says whether one was.
    func displayChain(_ parts: [MathExpression]) -> (text: String, dropped: Bool) {
        var kept = parts
        var dropped = false
        if parts.count > 3 {
            for index in stride(from: parts.count - 2, through: 2, by: -1) where !fits(parts[index], after: parts[0]) {
                kept.remove(at: index)
                dropped = true
            }
        }
        return (display(kept), dropped)
    }

    /// Whether ``displayChain(_:)`` leaves a step of `parts` out.
    func dropsSteps(_ parts: [MathExpression]) -> Bool {
        parts.count > 3 && parts[2..<(parts.count - 1)].contains { !fits($0, after: parts[0]) }
    }

    private func fits(_ part: MathExpression, after left: MathExpression) -> Bool {
        if let layout = textLayout, case let .text(_, width) = format {
            return TextDisplayMath.indent.count + layout.math.write(left).count + 3 + layout.width(part) <= width
        }
        return min(MathWidth.of(left), Self.pageWidth / 3) + 13 + MathWidth.of(part) <= Self.pageWidth
    }

    private func display(_ parts: [MathExpression]) -> String {
        switch format {
        case .text:
            return textLayout?.chain(parts, indent: TextDisplayMath.indent) ?? ""
        case .latex where parts.dropFirst().contains { !fits($0, after: parts[0]) }:
            // Wider than the page even alone (`--detail all`): scaled to the line.
            let math = LaTeXMathWriter()
            let right = parts.dropFirst().map { "\\resizebox{0.9\\linewidth}{!}{$\\displaystyle " + math.write($0) + "$}" }
            return "\\begin{align*}\n" + math.write(parts[0]) + " &= "
                + right.joined(separator: " \\\\\n&= ") + "\n\\end{align*}"
        default:
            return document.display(.equation(parts))
        }
    }
}
