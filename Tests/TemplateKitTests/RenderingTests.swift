import Testing
import TemplateKit

@Suite struct RenderingTests {
    @Test func printsVariablesAndDottedPaths() throws {
        let context: [String: TemplateValue] = [
            "name": "w5",
            "row": ["value": "0.4", "term": ["symbol": "δ"]],
        ]
        let output = try render("{{ name }} = {{row.value}} ({{ row.term.symbol }})", context)
        #expect(output == "w5 = 0.4 (δ)")
    }

    @Test func printsTextWithoutTagsUnchanged() throws {
        let plain = "plain { text } with % and # and }}"
        #expect(try render(plain) == plain)
        #expect(try render("") == "")
    }

    @Test func printsBoolsAsWords() throws {
        #expect(try render("{{ a }} {{ b }}", ["a": true, "b": false]) == "true false")
    }

    @Test func rawValuesAreNeverEscaped() throws {
        let context: [String: TemplateValue] = ["math": .raw("$a_1 < b$"), "text": "a_1 < b"]
        #expect(try render("{{ math }} {{ text }}", context, escaping: .html)
            == "$a_1 < b$ a_1 &lt; b")
        #expect(try render("{{ math }} {{ text }}", context, escaping: .latex)
            == "$a_1 < b$ a\\_1 < b")
    }

    @Test func loopsExposeIndexFirstLastAndLength() throws {
        let context: [String: TemplateValue] = ["xs": ["a", "b", "c"]]
        let source = "{% for x in xs %}[{{ loop.index }}/{{ loop.length }} {{ x }}"
            + "{% if loop.first %} first{% endif %}{% if loop.last %} last{% endif %}]{% endfor %}"
        #expect(try render(source, context) == "[1/3 a first][2/3 b][3/3 c last]")
    }

    @Test func loopOverEmptyListRendersNothing() throws {
        #expect(try render("<{% for x in xs %}{{ x }}{% endfor %}>", ["xs": []]) == "<>")
    }

    @Test func nestedLoopsSeeOuterVariablesAndParentLoop() throws {
        let context: [String: TemplateValue] = [
            "layers": [
                ["name": "hidden", "neurons": ["h1", "h2"]],
                ["name": "output", "neurons": ["o1"]],
            ],
        ]
        let source = "{% for layer in layers %}{% for neuron in layer.neurons %}"
            + "{{ loop.parent.index }}.{{ loop.index }} {{ layer.name }}/{{ neuron }};"
            + "{% endfor %}{% endfor %}"
        #expect(try render(source, context) == "1.1 hidden/h1;1.2 hidden/h2;2.1 output/o1;")
    }

    @Test func loopVariableShadowsContextAndDisappearsAfterLoop() throws {
        let context: [String: TemplateValue] = ["x": "outer", "xs": ["inner"]]
        #expect(try render("{% for x in xs %}{{ x }} {% endfor %}{{ x }}", context)
            == "inner outer")
    }

    @Test(arguments: [
        ("yes", "A"), ("", "B"), ("other", "A"),
    ] as [(TemplateValue, String)])
    func ifElifElse(first: TemplateValue, expected: String) throws {
        let source = "{% if a %}A{% elif b %}B{% else %}C{% endif %}"
        #expect(try render(source, ["a": first, "b": true]) == expected)
        #expect(try render(source, ["a": false, "b": false]) == "C")
    }

    @Test(arguments: [
        (TemplateValue.bool(true), true), (.bool(false), false),
        (.text("x"), true), (.text(""), false),
        (.raw("x"), true), (.raw(""), false),
        (.list(["x"]), true), (.list([]), false),
        (.object(["k": "v"]), true), (.object([:]), false),
    ])
    func truthiness(value: TemplateValue, isTrue: Bool) throws {
        #expect(value.isTruthy == isTrue)
        let expected = isTrue ? "T" : "F"
        #expect(try render("{% if v %}T{% else %}F{% endif %}", ["v": value]) == expected)
        #expect(try render("{% if not v %}F{% else %}T{% endif %}", ["v": value]) == expected)
    }

    @Test func definedTestsExistenceWithoutFailing() throws {
        let source = "{% if defined a.b %}yes{% endif %}{% if not defined c %} no c{% endif %}"
        #expect(try render(source, ["a": ["b": false]]) == "yes no c")
        #expect(try render("{% if defined a.b %}yes{% else %}no{% endif %}", ["a": "text"]) == "no")
        #expect(try render("{% if defined loop %}in{% else %}out{% endif %}") == "out")
    }

    @Test func elifTakesFirstTrueBranchOnly() throws {
        let source = "{% if a %}A{% elif b %}B{% elif c %}C{% endif %}"
        #expect(try render(source, ["a": false, "b": true, "c": true]) == "B")
        #expect(try render(source, ["a": false, "b": false, "c": false]) == "")
    }

    @Test func commentsProduceNothing() throws {
        #expect(try render("a{# note {{ x }} {% if %} #}b") == "ab")
    }

    @Test func rawBlocksKeepTagsAsText() throws {
        #expect(try render("{% raw %}{{ x }} {% if %}{% endraw %}!") == "{{ x }} {% if %}!")
        #expect(try render("{%raw%}\\frac{{a}}{b}{%  endraw  %}") == "\\frac{{a}}{b}")
    }

    @Test func includesRenderWithTheCurrentScope() throws {
        var library = try TemplateLibrary(builtIns: [
            "main.txt": "{% for row in rows %}{% include \"parts/row.txt\" %}{% endfor %}",
            "parts/row.txt": "{{ loop.index }}:{{ row }}|{{ title }}\n",
        ])
        let output = try library.render(
            "main.txt", context: ["rows": ["a", "b"], "title": "T"], escaping: .none
        )
        #expect(output == "1:a|T\n2:b|T\n")
    }

    @Test func renderingTwiceGivesTheSameOutput() throws {
        let template = try Template(source: "{% for x in xs %}{{ x }}{% endfor %}", name: "t")
        #expect(try template.render(["xs": ["1", "2"]], escaping: .none) == "12")
        #expect(try template.render(["xs": ["3"]], escaping: .none) == "3")
    }

    @Test func valueLiterals() {
        let interpolated: TemplateValue = "n = \(3)"
        #expect(interpolated == .text("n = 3"))
        let object: TemplateValue = ["a": true, "b": ["x"]]
        #expect(object == .object(["a": .bool(true), "b": .list([.text("x")])]))
    }
}
