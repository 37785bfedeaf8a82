import BackpropCore
import TemplateKit

/// Everything that differs between output formats: how math, tables and pictures are written,
/// how text is escaped, and which folder of `Templates/` lays the document out.
package struct DocumentStyle: Sendable {
    /// How formulas inside running prose are written: Unicode text, or LaTeX in `$…$`.
    package enum ProseMath: Sendable {
        case unicode, latex
        /// Unicode whose spaces are no-break spaces, so that the text format's wrapping
        /// (``TextLayout``) never breaks a line inside a formula.
        case terminal
    }

    /// The templates' folder under `Templates/`: `markdown`, `text`.
    package let templateFolder: String
    /// The file name of the main template inside the folder.
    package let mainTemplate: String
    /// How plain text values are escaped.
    package let escaping: Escaping
    /// How formulas are written.
    package let math: any MathWriter
    /// How tables are written.
    package let tables: any TableWriter
    /// Wraps a formula that stands inside a sentence: `$…$` in Markdown.
    package let inlineMath: @Sendable (String) -> String
    /// Wraps a formula that stands on its own line: `$$…$$` in Markdown.
    package let displayMath: @Sendable (String) -> String
    /// Draws the network.
    package let diagram: @Sendable (Trace) -> String
    /// Lays out a display formula from its tree, for formats that break long equations
    /// themselves (LaTeX `align*`, MathML tables); nil writes it with ``math`` and ``displayMath``.
    package let displayLayout: (@Sendable (MathExpression) -> String)?
    /// How formulas inside sentences are written.
    package let proseMath: ProseMath
    /// The last pass over a rendered document, made as it streams out (ASCII folding for
    /// `--ascii`).
    package let finish: DocumentFinish
    /// Writes a piece of code inside a sentence: `` `MSELoss()` `` in Markdown and text.
    package let codeSpan: @Sendable (String) -> String
    /// What stands between two display formulas that follow each other: a line break, or a
    /// blank line in Markdown.
    package let displaySeparator: String

    /// A style from its parts.
    package init(
        templateFolder: String, mainTemplate: String, escaping: Escaping, math: any MathWriter,
        tables: any TableWriter, inlineMath: @escaping @Sendable (String) -> String,
        displayMath: @escaping @Sendable (String) -> String,
        diagram: @escaping @Sendable (Trace) -> String,
        displayLayout: (@Sendable (MathExpression) -> String)? = nil,
        proseMath: ProseMath = .unicode,
        finish: DocumentFinish = .none,
        codeSpan: @escaping @Sendable (String) -> String = { "`" + $0 + "`" },
        displaySeparator: String = "\n"
    ) {
        self.displaySeparator = displaySeparator
        self.templateFolder = templateFolder
        self.mainTemplate = mainTemplate
        self.escaping = escaping
        self.math = math
        self.tables = tables
        self.inlineMath = inlineMath
        self.displayMath = displayMath
        self.diagram = diagram
        self.displayLayout = displayLayout
        self.proseMath = proseMath
        self.finish = finish
        self.codeSpan = codeSpan
    }

    /// GitHub-flavoured Markdown with LaTeX math and a Mermaid diagram.
    package static let markdown = DocumentStyle(
        templateFolder: "markdown", mainTemplate: "walkthrough.md", escaping: .markdown,
        math: LaTeXMathWriter(), tables: MarkdownTableWriter(),
        inlineMath: { "$" + $0 + "$" }, displayMath: { "$$\n" + $0 + "\n$$" },
        diagram: { MermaidDiagram(trace: $0).render() }, displaySeparator: "\n\n"
    )

    /// Plain text for a terminal, fitted to `width` columns (see ``TextLayout``): Unicode math
    /// and box-drawn tables, or (`ascii`) nothing but ASCII: the canonical term names
    /// (`dE_total/dw5`), `+-|` tables, every other character spelled out.
    package static func text(ascii: Bool, width: Int = TextLayout.defaultWidth) -> DocumentStyle {
        let math = ascii ? LinearMathWriter.ascii : LinearMathWriter.unicode
        let equations = TextDisplayMath(width: width, math: math)
        return DocumentStyle(
            templateFolder: "text", mainTemplate: "walkthrough.txt", escaping: .none,
            math: math, tables: TextTableWriter(ascii: ascii, width: width),
            inlineMath: TextLayout.unbroken, displayMath: { TextDisplayMath.indent + $0 },
            diagram: { TextDiagram(trace: $0, ascii: ascii, width: width).render() },
            displayLayout: { equations.write($0) }, proseMath: .terminal,
            finish: .textLayout(ascii: ascii, width: width)
        )
    }

    /// An expression as inline math in this format.
    func inline(_ expression: MathExpression) -> String { inlineMath(math.write(expression)) }

    /// An expression as display math in this format.
    func display(_ expression: MathExpression) -> String {
        displayLayout?(expression) ?? displayMath(math.write(expression))
    }
}
