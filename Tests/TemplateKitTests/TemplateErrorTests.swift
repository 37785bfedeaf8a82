import Foundation
import Testing
import TemplateKit

/// Every error names the file, the 1-based line and column of the tag at fault, and the cause.
@Suite struct TemplateErrorTests {
    @Test(arguments: [
        ("a\n  {{ x", "Templates/t.txt:2:3: unterminated tag: '{{' has no closing '}}'"),
        ("{% if x", "Templates/t.txt:1:1: unterminated tag: '{%' has no closing '%}'"),
        ("ab{# note", "Templates/t.txt:1:3: unterminated tag: '{#' has no closing '#}'"),
        ("x\n{% raw %}{{", "Templates/t.txt:2:1: 'raw' block has no matching '{% endraw %}'"),
        ("δδ {% frobnicate x %}", "Templates/t.txt:1:4: unknown tag 'frobnicate'"),
        ("{%  %}", "Templates/t.txt:1:1: malformed tag '': expected 'KEYWORD ...'"),
        ("{% for x of xs %}{% endfor %}",
         "Templates/t.txt:1:1: malformed tag 'for x of xs': expected 'for NAME in PATH'"),
        ("{% for loop in xs %}{% endfor %}",
         "Templates/t.txt:1:1: malformed tag 'for loop in xs': expected 'for NAME in PATH'"),
        ("{% if %}{% endif %}",
         "Templates/t.txt:1:1: malformed tag 'if': expected 'if [not] [defined] PATH'"),
        ("{% if a b %}{% endif %}",
         "Templates/t.txt:1:1: malformed tag 'if a b': expected 'if [not] [defined] PATH'"),
        ("{% if a %}{% endif a %}",
         "Templates/t.txt:1:11: malformed tag 'endif a': expected 'endif'"),
        ("{% include other.txt %}",
         "Templates/t.txt:1:1: malformed tag 'include other.txt': expected 'include \"NAME\"'"),
        ("{{ a..b }}", "Templates/t.txt:1:1: invalid variable path 'a..b'"),
        ("{{ }}", "Templates/t.txt:1:1: invalid variable path ''"),
        ("{% for x in 1xs %}{% endfor %}", "Templates/t.txt:1:1: invalid variable path '1xs'"),
        ("a\n{% endfor %}", "Templates/t.txt:2:1: 'endfor' without a matching 'for'"),
        ("{% endif %}", "Templates/t.txt:1:1: 'endif' without a matching 'if'"),
        ("{% else %}", "Templates/t.txt:1:1: 'else' without a matching 'if'"),
        ("{% elif x %}", "Templates/t.txt:1:1: 'elif' without a matching 'if'"),
        ("{% endraw %}", "Templates/t.txt:1:1: 'endraw' without a matching 'raw'"),
        ("{% for x in xs %}\n  {% endif %}",
         "Templates/t.txt:2:3: 'endif' found where 'endfor' was expected"),
        ("{% if x %}{% else %}{% endfor %}",
         "Templates/t.txt:1:21: 'endfor' found where 'endif' was expected"),
        ("{% if x %}{% else %}{% else %}{% endif %}",
         "Templates/t.txt:1:21: 'else' after 'else' in the same 'if'"),
        ("{% if x %}{% else %}{% elif y %}{% endif %}",
         "Templates/t.txt:1:21: 'elif' after 'else' in the same 'if'"),
        ("\n\n  {% for x in xs %}\n",
         "Templates/t.txt:3:3: 'for' is never closed: missing 'endfor'"),
        ("{% if a %}{% for x in xs %}{% endfor %}",
         "Templates/t.txt:1:1: 'if' is never closed: missing 'endif'"),
    ])
    func syntaxErrors(source: String, message: String) {
        #expect(renderError(source) == message)
    }

    @Test(arguments: [
        ("line\n   {{ foo.bar }}", "Templates/t.txt:2:4: unknown variable 'foo.bar'"),
        ("{{ missing }}", "Templates/t.txt:1:1: unknown variable 'missing'"),
        ("{{ title.x }}", "Templates/t.txt:1:1: unknown variable 'title.x'"),
        ("{% if nope %}{% endif %}", "Templates/t.txt:1:1: unknown variable 'nope'"),
        ("{% if not title %}{% elif nope %}{% endif %}",
         "Templates/t.txt:1:19: unknown variable 'nope'"),
        ("{% for x in nope %}{% endfor %}", "Templates/t.txt:1:1: unknown variable 'nope'"),
        ("{{ loop.index }}", "Templates/t.txt:1:1: unknown variable 'loop.index'"),
        ("{% for x in rows %}{{ loop.parent.index }}{% endfor %}",
         "Templates/t.txt:1:20: unknown variable 'loop.parent.index'"),
        ("{% for x in rows %}{{ loop.size }}{% endfor %}",
         "Templates/t.txt:1:20: unknown variable 'loop.size'"),
        ("{% for x in rows %}\n {{ x.nope }}{% endfor %}",
         "Templates/t.txt:2:2: unknown variable 'x.nope'"),
        ("{{ rows }}", "Templates/t.txt:1:1: cannot print 'rows': it is a list"),
        ("{{ row }}", "Templates/t.txt:1:1: cannot print 'row': it is an object"),
        ("{% for c in title %}{% endfor %}",
         "Templates/t.txt:1:1: cannot iterate over 'title': it is text, not a list"),
        ("{% for c in row %}{% endfor %}",
         "Templates/t.txt:1:1: cannot iterate over 'row': it is an object, not a list"),
        ("x {% include \"other.txt\" %}", "Templates/t.txt:1:3: unknown template 'other.txt'"),
    ])
    func renderErrors(source: String, message: String) {
        let context: [String: TemplateValue] = [
            "title": "T", "rows": [["value": "1"]], "row": ["value": "1"],
        ]
        #expect(renderError(source, context) == message)
    }

    @Test func errorsCarryTheirParts() throws {
        let error = #expect(throws: TemplateError.self) {
            try render("\n  {{ foo.bar }}")
        }
        #expect(error?.file == "Templates/t.txt")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.kind == .unknownVariable(path: "foo.bar"))
        #expect(error?.message == "unknown variable 'foo.bar'")
    }

    @Test func branchesNotTakenAreNotEvaluated() {
        #expect(renderError("{% if t %}{% elif nope %}{{ nope }}{% endif %}", ["t": true]) == nil)
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(renderError("∂E/∂w = {{ nope }}")
            == "Templates/t.txt:1:9: unknown variable 'nope'")
    }

    @Test func includeErrorsNameTheTagAndTheIncludedFile() throws {
        var library = try TemplateLibrary(builtIns: [
            "main.txt": "a\n {% include \"missing.txt\" %}",
            "outer.txt": "{% include \"inner.txt\" %}",
            "inner.txt": "\n{{ nope }}",
            "broken.txt": "{% include \"bad.txt\" %}",
            "bad.txt": "{% if x %}",
            "self.txt": "x{% include \"self.txt\" %}",
            "escape.txt": "{% include \"../secret.txt\" %}",
        ])
        func message(_ name: String) -> String? {
            do {
                _ = try library.render(name, context: [:], escaping: .none)
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(message("main.txt") == "Templates/main.txt:2:2: unknown template 'missing.txt'")
        #expect(message("outer.txt") == "Templates/inner.txt:2:1: unknown variable 'nope'")
        #expect(message("broken.txt")
            == "Templates/bad.txt:1:1: 'if' is never closed: missing 'endif'")
        #expect(message("self.txt") == "Templates/self.txt:1:2: including 'self.txt' exceeds"
            + " the include depth limit of 16 (does a template include itself?)")
        #expect(message("escape.txt")
            == "Templates/escape.txt:1:1: unknown template '../secret.txt'")
    }
}

/// Every error message stays on one line, whatever the template text or path holds.
@Suite struct OneLineErrorTests {
    @Test(arguments: [
        ("{% if a\nb %}{% endif %}",
         "Templates/t.txt:1:1: malformed tag 'if a\\nb': expected 'if [not] [defined] PATH'"),
        ("{{ a\u{1B}[31m }}", "Templates/t.txt:1:1: invalid variable path 'a\\u{1B}[31m'"),
        ("{% frob\u{7F}x %}", "Templates/t.txt:1:1: unknown tag 'frob\\u{7F}x'"),
        ("{% include \"a\rb\u{85}\u{2028}\" %}",
         "Templates/t.txt:1:1: unknown template 'a\\rb\\u{85}\\u{2028}'"),
        ("{% if \\frac{a}{b} %}{% endif %}",
         "Templates/t.txt:1:1: invalid variable path '\\frac{a}{b}'"),
    ])
    func controlCharactersInTemplateTextAreEscaped(source: String, message: String) {
        #expect(renderError(source) == message)
    }

    @Test func controlCharactersInPathsAreEscaped() throws {
        let parent = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appending(path: "a\nb\tc")
        try write("{{ nope }}", to: "t.txt", in: directory)
        try Data([0xFF]).write(to: directory.appending(path: "bad.txt"))
        var library = try TemplateLibrary(builtIns: [:], overrideDirectory: directory)
        let shown = parent.path + "/a\\nb\\tc"
        let unknown = #expect(throws: TemplateError.self) {
            try library.render("t.txt", context: [:], escaping: .none)
        }
        #expect(unknown?.description == shown + "/t.txt:1:1: unknown variable 'nope'")
        let unreadable = #expect(throws: TemplateLibraryError.self) {
            try library.render("bad.txt", context: [:], escaping: .none)
        }
        #expect(unreadable?.description == shown + "/bad.txt: cannot read template: not valid UTF-8")
        let missing = TemplateLibraryError.overrideDirectoryMissing(path: "x\ny")
        #expect(missing.description == "x\\ny: template directory does not exist")
    }
}
