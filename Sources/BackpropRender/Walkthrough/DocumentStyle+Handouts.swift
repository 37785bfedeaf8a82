import BackpropCore
import TemplateKit

extension DocumentStyle {
    /// A LaTeX article (amsmath, TikZ, graphicx): equations in `align*` broken across lines
    /// when long, tables as `tabular`, the network as a TikZ picture.
    ///
    /// - Parameter bodyOnly: only the part between `\begin{document}` and `\end{document}`,
    ///   to `\input` into another document (its first lines name the packages it needs).
    package static func latex(bodyOnly: Bool = false) -> DocumentStyle {
        DocumentStyle(
            templateFolder: "latex", mainTemplate: bodyOnly ? "body-only.tex" : "walkthrough.tex",
            escaping: .latex, math: LaTeXMathWriter(), tables: LaTeXTableWriter(),
            inlineMath: { "$" + $0 + "$" }, displayMath: { "\\[\n" + $0 + "\n\\]" },
            diagram: { TikZDiagram(trace: $0).render() },
            displayLayout: { LaTeXDisplayMath(layout: .page).write($0) },
            proseMath: .latex,
            codeSpan: { "\\texttt{" + Escaping.latex.escape($0) + "}" }
        )
    }

    /// One self-contained HTML5 page: MathML, an inline SVG picture, an embedded stylesheet for
    /// screen and print (A4 and Letter); no scripts, fonts or links to load. Inline formulas are
    /// kept on one line with the punctuation touching them.
    ///
    /// - Parameter bodyOnly: only the content of `<body>`, to paste into another page.
    package static func html(bodyOnly: Bool = false) -> DocumentStyle {
        DocumentStyle(
            templateFolder: "html", mainTemplate: bodyOnly ? "body-only.html" : "walkthrough.html",
            escaping: .html, math: MathMLWriter(), tables: HTMLTableWriter(),
            inlineMath: { "<math>" + $0 + "</math>" },
            displayMath: { "<div class=\"equation\"><math display=\"block\">" + $0 + "</math></div>" },
            diagram: { SVGDiagram(trace: $0).render() },
            displayLayout: { MathMLDisplayMath(layout: .page).write($0) },
            finish: .mathMLGlue,
            codeSpan: { "<code>" + Escaping.html.escape($0) + "</code>" }
        )
    }
}
