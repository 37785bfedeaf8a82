import Testing
import TemplateKit

/// The standalone-line rule: lines holding only block tags or comments vanish entirely.
@Suite struct WhitespaceTests {
    @Test func standaloneBlockLinesLeaveNoBlankLines() throws {
        let source = """
            # Rows
            {% for x in xs %}
            | {{ x }} |
            {% endfor %}
            end
            """
        #expect(try render(source, ["xs": ["a", "b"]]) == "# Rows\n| a |\n| b |\nend")
    }

    @Test func indentedStandaloneTagsAndCommentsAreRemoved() throws {
        let source = "a\n    {% if t %}  \n\t{# comment #}\n  x\n  {% endif %}\nb\n"
        #expect(try render(source, ["t": true]) == "a\n  x\nb\n")
        #expect(try render(source, ["t": false]) == "a\nb\n")
    }

    @Test func severalBlockTagsOnOneLineAreStandalone() throws {
        let source = "a\n{% if t %} {% for x in xs %}\n{{ x }}\n{% endfor %}{% endif %}\nb"
        #expect(try render(source, ["t": true, "xs": ["1"]]) == "a\n1\nb")
    }

    @Test func multiLineCommentIsStandalone() throws {
        #expect(try render("a\n{# one\ntwo #}\nb") == "a\nb")
    }

    @Test func standaloneAtStartAndEndOfTemplate() throws {
        #expect(try render("{% if t %}\nx\n{% endif %}", ["t": true]) == "x\n")
        #expect(try render("  {% if t %}\nx\n{% endif %}  ", ["t": true]) == "x\n")
    }

    @Test func windowsLineEndingsAreRemovedWhole() throws {
        #expect(try render("a\r\n{% if t %}\r\nx\r\n{% endif %}\r\nb", ["t": true])
            == "a\r\nx\r\nb")
    }

    @Test func inlineTagsKeepSurroundingText() throws {
        #expect(try render("a {% if t %}x{% endif %} b\n", ["t": true]) == "a x b\n")
        #expect(try render("  {% if t %}x{% endif %}\n", ["t": true]) == "  x\n")
        #expect(try render("{{ v }}\n{% if t %}\nx {% endif %}\n", ["v": "1", "t": true])
            == "1\nx \n")
    }

    @Test func variableTagsAreNeverStandalone() throws {
        #expect(try render("a\n{{ v }}\nb", ["v": ""]) == "a\n\nb")
    }

    @Test func rawDelimitersOnTheirOwnLinesAreStandalone() throws {
        #expect(try render("a\n{% raw %}\n{{ x }}\n{% endraw %}\nb") == "a\n{{ x }}\nb")
    }
}
