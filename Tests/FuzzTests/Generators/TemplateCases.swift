import Foundation

/// Override templates for `--template-dir`: built-in templates mutated, and generated ones
/// with deep nesting, exploding loops, include cycles, huge output and odd characters.
enum TemplateCases {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    static let formats: [(format: String, file: String)] = [
        ("markdown", "markdown/walkthrough.md"), ("text", "text/walkthrough.txt"),
        ("latex", "latex/walkthrough.tex"), ("html", "html/walkthrough.html"),
        ("markdown", "markdown/forward.md"), ("text", "text/summary.txt"),
    ]

    static let tags = [
        "{{ title }}", "{{ network.shape }}", "{{ nope }}", "{{ forward }}", "{{ a..b }}", "{{",
        "{% if title %}", "{% if not network.hasHiddenLayers %}", "{% else %}", "{% elif defined x %}",
        "{% endif %}", "{% for layer in forward %}", "{% for x in title %}", "{% endfor %}",
        "{% raw %}", "{% endraw %}", "{# c #}", "{#", "{% include \"markdown/forward.md\" %}",
        "{% include \"self.md\" %}", "{% include \"../x\" %}", "{% frob %}", "{%  %}", "%}", "}}",
        "{{ loop.index }}", "{{ loop.parent.index }}", "{{ layer.name }}", "{{ diagram }}",
    ]

    static func generated(using random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: // deep nesting
            let depth = random.pick([50, 100, 101, 1_000, 11_000])
            // Loops nested up to the limit multiply past the step limit, which takes minutes
            // in a debug build: only nesting too deep to parse uses them.
            let loops = depth > 100 && random.chance(0.5)
            let (open, close) = loops ? ("{% for v in forward %}", "{% endfor %}") : ("{% if title %}", "{% endif %}")
            return String(repeating: open, count: depth) + "x" + String(repeating: close, count: depth)
        case 1: // loops that multiply; deeper ones only reach the step limit (RegressionTests)
            let depth = Int.random(in: 8...16, using: &random)
            return (0..<depth).map { "{% for v\($0) in forward %}" }.joined()
                + random.pick(["word", "{{ diagram }}", "", "{% if title %}{% endif %}"])
                + String(repeating: "{% endfor %}", count: depth)
        case 2: // include cycles and fan-out
            return random.pick([
                "{% include \"markdown/walkthrough.md\" %}",
                "a{% include \"markdown/walkthrough.md\" %}{% include \"markdown/walkthrough.md\" %}",
                String(repeating: "{% include \"markdown/walkthrough.md\" %}", count: 50),
            ])
        case 3: // many comments, huge text
            return String(repeating: random.pick(["ab{# c #}", "{{ title }}", "\n", "x"]), count: random.pick([1_000, 100_000]))
        default: // random tags and text
            return (0..<Int.random(in: 1...60, using: &random)).map { _ in
                random.chance(0.6) ? random.pick(tags) : random.pick(Mutations.strangeTexts + ["\n", " text "])
            }.joined()
        }
    }

    static func make(using random: inout SeededRandom) -> FuzzCase {
        let (format, name) = random.pick(formats)
        var bytes: [UInt8]
        if random.chance(0.5), let data = FileManager.default.contents(atPath: templatesFolder.appendingPathComponent(name).path) {
            bytes = Mutations.mutate([UInt8](data), using: &random)
            if random.chance(0.3) {
                let at = Int.random(in: 0...bytes.count, using: &random)
                bytes.insert(contentsOf: random.pick(tags).utf8, at: at)
            }
        } else {
            bytes = Array(generated(using: &random).utf8)
            if name != "markdown/walkthrough.md" || format != "markdown" {
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "markdown/walkthrough.md", with: name).utf8)
            }
        }
        var arguments = ["explain", "--template-dir", "T", "--format", format]
        if random.chance(0.3) { arguments += ["-o", "out.txt"] }
        return FuzzCase(kind: "template", arguments: arguments, files: ["T/\(name)": bytes],
                        allowedStatuses: [0, 65, 66], outputs: ["out.txt"])
    }
}
