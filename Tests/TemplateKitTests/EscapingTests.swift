import Testing
import TemplateKit

@Suite struct EscapingTests {
    static let special = #"a\b`c*d_e|f<g>h[i]j&k"l'm{n}o$p#q^r%s~t"#

    @Test func noneCopiesEverything() {
        #expect(Escaping.none.escape(Self.special) == Self.special)
    }

    @Test func markdownEscapesOnlyInlineAndTableSyntax() {
        #expect(Escaping.markdown.escape(Self.special)
            == #"a\\b\`c\*d\_e\|f\<g>h\[i\]j&k"l'm{n}o$p#q^r%s~t"#)
    }

    @Test func htmlEscapesMarkupCharacters() {
        #expect(Escaping.html.escape(Self.special)
            == #"a\b`c*d_e|f&lt;g&gt;h[i]j&amp;k&quot;l&#39;m{n}o$p#q^r%s~t"#)
    }

    @Test func latexEscapesSpecialCharacters() {
        #expect(Escaping.latex.escape(Self.special)
            == ##"a\textbackslash{}b`c*d\_e|f<g>h[i]j\&k"l'm\{n\}o\$p\#q\textasciicircum{}r"##
            + ##"\%s\textasciitilde{}t"##)
    }

    @Test(arguments: Escaping.allCases)
    func nonASCIITextIsUnchanged(escaping: Escaping) {
        #expect(escaping.escape("δ₁ ∂E/∂w — é 😀") == "δ₁ ∂E/∂w — é 😀")
        #expect(escaping.escape("") == "")
    }

    @Test(arguments: Escaping.allCases)
    func renderingUsesTheEscaping(escaping: Escaping) throws {
        #expect(try render("{{ v }}", ["v": .text(Self.special)], escaping: escaping)
            == escaping.escape(Self.special))
    }

    @Test func bridgedAndSubstringBackedTextIsEscaped() {
        let text = String(Self.special.dropFirst(0))
        #expect(Escaping.html.escape(text) == Escaping.html.escape(Self.special))
    }
}
