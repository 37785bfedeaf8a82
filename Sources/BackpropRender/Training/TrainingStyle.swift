import BackpropSupport
import Foundation
import TemplateKit

/// One output format of `backprop train`: how its headings, paragraphs, tables and pictures are
/// written. ``TrainingRenderer`` walks the report once and asks the style for each piece.
package struct TrainingStyle: Sendable {
    enum Kind: Sendable { case text, markdown, html, latex }

    let kind: Kind
    let tables: any TableWriter
    let escaping: Escaping

    /// The columns the text format's prose fits.
    var width = TextLayout.defaultWidth

    package static let text = TrainingStyle(kind: .text, tables: TextTableWriter(ascii: false), escaping: .none)

    /// The text format for `columns` (brought into ``TextLayout``'s 40…100).
    package static func text(columns: Int) -> TrainingStyle {
        let width = TextLayout.width(columns: columns)
        var style = TrainingStyle(kind: .text, tables: TextTableWriter(ascii: false, width: width), escaping: .none)
        style.width = width
        return style
    }
    package static let markdown = TrainingStyle(kind: .markdown, tables: MarkdownTableWriter(), escaping: .markdown)
    package static let html = TrainingStyle(kind: .html, tables: HTMLTableWriter(), escaping: .html)
    package static let latex = TrainingStyle(kind: .latex, tables: LaTeXTableWriter(), escaping: .latex)

    func heading(_ text: String, level: Int) -> String {
        switch kind {
        case .text:
            let rule = String(repeating: level == 1 ? "═" : "─", count: text.count)
            return "\(text)\n\(rule)\n\n"
        case .markdown: return String(repeating: "#", count: level) + " " + escaping.escape(text) + "\n\n"
        case .html: return "<h\(level)>\(escaping.escape(text))</h\(level)>\n"
        case .latex:
            return level == 1
                ? "\\section*{\(escaping.escape(text))}\n\n" : "\\subsection*{\(escaping.escape(text))}\n\n"
        }
    }

    func paragraph(_ text: String) -> String {
        switch kind {
        case .text: return wrappedLines(text) + "\n\n"
        case .markdown: return escaping.escape(text) + "\n\n"
        case .html: return "<p>\(escaping.escape(text))</p>\n"
        case .latex: return LaTeXTableWriter.cell(Self.latexMath(text)) + "\n\n"
        }
    }

    /// `text` broken into lines that fit ``width``.
    func wrappedLines(_ text: String) -> String {
        Wrapping.lines(text, width: width, first: "", rest: "")
    }

    /// The Greek letters and marks of the report as inline math, for LaTeX.
    private static func latexMath(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "$", with: "")
        for (sign, math) in [
            ("β₁", "$\\beta_1$"), ("β₂", "$\\beta_2$"), ("μ", "$\\mu$"), ("ε", "$\\varepsilon$"),
            ("✗", "$\\times$"),
        ] {
            text = text.replacingOccurrences(of: sign, with: math)
        }
        return text
    }

    func table(_ table: Table) -> String {
        var escaped = table
        if kind == .markdown {
            escaped.rows = table.rows.map { $0.map(escaping.escape) }
        } else if kind == .latex {
            escaped.rows = table.rows.map { $0.map(Self.latexMath) }
        }
        let written = tables.write(escaped)
        return kind == .latex ? "\\begin{center}\n\(written)\n\\end{center}\n\n" : written + "\n\n"
    }

    /// A picture already in the format, or text shown as it is (a code block).
    func preformatted(_ text: String) -> String {
        switch kind {
        case .text: return text + "\n\n"
        case .markdown: return "```text\n\(text)\n```\n\n"
        case .html: return "<pre>\(escaping.escape(text))</pre>\n"
        case .latex: return "\\begin{verbatim}\n\(text)\n\\end{verbatim}\n\n"
        }
    }

    func document(title: String, _ body: String) -> String {
        switch kind {
        case .text, .markdown: return body.hasSuffix("\n\n") ? String(body.dropLast()) : body
        case .html:
            return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>\(escaping.escape(title))</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
                table { border-collapse: collapse; margin: 1rem 0; }
                th, td { border-bottom: 1px solid #ccc; padding: 0.2rem 0.6rem; }
                td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
                svg text { font-size: 12px; }
                </style>
                </head>
                <body>
                \(body)</body>
                </html>

                """
        case .latex:
            return """
                \\documentclass[11pt]{article}
                \\usepackage[a4paper, margin=25mm]{geometry}
                \\usepackage{amsmath}
                \\usepackage{graphicx}
                \\usepackage{longtable}
                \\usepackage{pgfplots}
                \\pgfplotsset{compat=1.16}
                \\begin{document}

                \(body)\\end{document}

                """
        }
    }
}
