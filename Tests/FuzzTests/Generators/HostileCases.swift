import Foundation

/// Issue 28's defects, each a family of cases the fuzz pass keeps running: degenerate data for
/// `train`'s pictures, templates whose lazy loops nest deep, wide matrix views in text, forged
/// and contradictory worksheet headers, too many classes, colliding outputs, empty and odd
/// paths, a PDF on standard output or in a full TMPDIR, and signals in a run's first 50 ms.
enum HostileCases {
    static func make(using random: inout SeededRandom) -> FuzzCase {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return pictures(using: &random)
        case 1: return template(using: &random)
        case 2: return wideMatrix(using: &random)
        case 3: return header(using: &random)
        case 4: return classes(using: &random)
        case 5: return collision(using: &random)
        case 6: return path(using: &random)
        case 7: return pdf(using: &random)
        default: return earlySignal(using: &random)
        }
    }

    static func pictures(using random: inout SeededRandom) -> FuzzCase {
        let data = random.pick([
            ("1e16,0", "0"), ("0,0", "1"), ("1,1;2,2;3,3", "0;1;0"), ("1e16,1;1e16,2", "0;1"),
            ("1e308,-1e308;-1e308,1e308", "0;1"), ("-1e308,5;1e308,5", "1;0"),
        ])
        let format = random.pick(["text", "markdown", "html", "latex"])
        return FuzzCase(
            kind: "hostile", arguments: ["train", "--layers", "2,4,1", "--epochs", "1", "--inputs", data.0,
                                         "--targets", data.1, "--format", format],
            allowedStatuses: [0]
        )
    }

    static func template(using random: inout SeededRandom) -> FuzzCase {
        let list = random.pick(["forward", "backward"])
        let depth = Int.random(in: 12...30, using: &random)
        let text = "# {{ title }}\n" + String(repeating: "{% for a in \(list) %}", count: depth) + "x"
            + String(repeating: "{% endfor %}", count: depth) + "\n"
        var fuzzCase = FuzzCase(kind: "hostile", arguments: ["explain", "--template-dir", "T"], allowedStatuses: [0, 65])
        fuzzCase.files["T/markdown/walkthrough.md"] = Array(text.utf8)
        return fuzzCase
    }

    static func wideMatrix(using random: inout SeededRandom) -> FuzzCase {
        let width = random.pick([500, 1_000, 2_000])
        let numbers = Array(repeating: "0.01", count: width).joined(separator: ",")
        var fuzzCase = FuzzCase(
            kind: "hostile",
            arguments: ["explain", "--layers", "\(width),1", "--inputs", "@in.txt", "--weights", "@w.txt",
                        "--targets", "0.5", "--biases", "0", "--activation", "logistic", "--learning-rate", "0.5",
                        "--view", random.pick(["matrix", "all"]), "--format", "text", "--detail", "all"],
            allowedStatuses: [0, 65]
        )
        fuzzCase.files = ["in.txt": Array(numbers.utf8), "w.txt": Array(numbers.utf8)]
        return fuzzCase
    }

    /// A worksheet of the reference network whose header asks for `training`, its checksum
    /// recomputed as a forger would.
    static func forgedSheet(training: String, inputs: String = "[0.05, 0.1]", targets: String = "[0.01, 0.99]") -> String {
        let content = [
            "backprop-worksheet 1", "network", "{", "  \"layers\": [2, 2, 2],", "  \"inputs\": \(inputs),",
            "  \"targets\": \(targets),", "  \"weights\": [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55],",
            "  \"biases\": [0.35, 0.6],", "  \"learningRate\": 0.5,", "  \"activation\": \"logistic\"", "}",
            "training " + training, "marking min-digits=3",
        ]
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (index, line) in content.enumerated() {
            if index > 0 { hash = (hash ^ 0x0A) &* 0x0000_0100_0000_01B3 }
            for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        let hex = String(hash, radix: 16)
        let checksum = "checksum " + String(repeating: "0", count: 16 - hex.count) + hex
        return (content + [checksum]).map { "#@ " + $0 }.joined(separator: "\n") + "\nw5 = 0.35891648\n"
    }

    static func header(using random: inout SeededRandom) -> FuzzCase {
        let plain = "hidden-uses=original update-biases=no batch-size=all reduction=mean"
        let sheet = random.pick([
            forgedSheet(training: plain + " round=no step=1000000000"),
            forgedSheet(training: plain + " round=no step=\(Int.random(in: 100_000...999_999_999, using: &random))"),
            forgedSheet(training: plain + " round=2 optimizer=adam:0.9:0.999:1e-08"),
            forgedSheet(training: "hidden-uses=updated update-biases=no batch-size=all reduction=mean round=no",
                        inputs: "[[0.05, 0.1], [0.2, 0.3]]", targets: "[[0.01, 0.99], [0.5, 0.5]]"),
        ])
        var fuzzCase = FuzzCase(kind: "hostile", arguments: ["check", "forged.txt", "honest.txt"], allowedStatuses: [65])
        fuzzCase.files = ["forged.txt": Array(sheet.utf8), "honest.txt": Array("w5 = 0.35891648\n".utf8)]
        return fuzzCase
    }

    static func classes(using random: inout SeededRandom) -> FuzzCase {
        let rows = Int.random(in: 200...20_000, using: &random)
        let table = "x,y,label\n" + (0..<rows).map { "\(Double($0) / Double(rows)),0.5,c\($0)" }.joined(separator: "\n") + "\n"
        var fuzzCase = FuzzCase(
            kind: "hostile", arguments: ["train", "--examples", "u.csv", "--label-column", "3", "--epochs", "1"],
            allowedStatuses: [65]
        )
        fuzzCase.files = ["u.csv": Array(table.utf8)]
        return fuzzCase
    }

    static func collision(using random: inout SeededRandom) -> FuzzCase {
        let arguments = random.pick([
            ["train", "--dataset", "xor", "--epochs", "5", "-o", "s.json", "--save", "s.json"],
            ["train", "--dataset", "xor", "--epochs", "5", "--save", "X", "--save-initial", "X"],
            ["train", "--dataset", "xor", "--epochs", "5", "--save", "X", "--save-initial", "./sub/../X"],
            ["train", "--dataset", "xor", "--epochs", "5", "-o", "-", "--save", "-"],
            ["train", "--dataset", "xor", "--epochs", "5", "-o", "/dev/stdout", "--save-initial", "-"],
            ["explain", "-o", "w.pdf", "--pdf", "w.pdf"],
        ])
        var fuzzCase = FuzzCase(kind: "hostile", arguments: arguments, allowedStatuses: [64])
        fuzzCase.files = ["sub/.keep": []]
        return fuzzCase
    }

    static func path(using random: inout SeededRandom) -> FuzzCase {
        let cases: [([String], Set<Int32>)] = [
            (["explain", "--template-dir", ""], [64]),
            (["explain", "--template-dir", "/dev/null"], [66]),
            (["explain", "--network", ""], [64]),
            (["check", "link", "-"], [64]),
            (["explain", "--network", "link", "--examples", "-"], [64]),
        ]
        let (arguments, statuses) = random.pick(cases)
        var fuzzCase = FuzzCase(kind: "hostile", arguments: arguments, allowedStatuses: statuses)
        fuzzCase.links = ["link": "/dev/stdin"]
        return fuzzCase
    }

    static func pdf(using random: inout SeededRandom) -> FuzzCase {
        if random.chance(0.5) {
            var fuzzCase = FuzzCase(
                kind: "hostile", arguments: ["exercise", "--seed", "5", "--count", "1", "--out-dir", "ex", "--pdf", "-"],
                allowedStatuses: [0, 69]
            )
            fuzzCase.outputFolder = ("ex", 7)
            fuzzCase.outputEnd = "%%EOF"
            return fuzzCase
        }
        var fuzzCase = FuzzCase(kind: "hostile", arguments: ["explain", "--pdf", "w.pdf"], allowedStatuses: [69, 73, 74],
                                outputs: ["w.pdf"])
        fuzzCase.disruption = .fileSizeLimit(bytes: random.pick([8_192, 65_536, 102_400]))
        return fuzzCase
    }

    static func earlySignal(using random: inout SeededRandom) -> FuzzCase {
        let (arguments, outputs) = random.pick([
            (["train", "--dataset", "iris", "--epochs", "100000", "-o", "o.md", "--save", "s.json"], ["o.md", "s.json"]),
            (["explain", "--detail", "all", "-o", "o.md"], ["o.md"]),
            (["worksheet", "--formulas", "-o", "o.txt"], ["o.txt"]),
            (["check", "a.txt"], []),
        ])
        var fuzzCase = FuzzCase(kind: "signal", arguments: arguments, allowedStatuses: [0, 1], outputs: outputs)
        fuzzCase.files = ["a.txt": Array("w5 = 0.35891648\nw6 = 0.408666186\n".utf8)]
        fuzzCase.disruption = .signal(random.pick([SIGINT, SIGTERM, SIGHUP]), afterMilliseconds: Int.random(in: 0...50, using: &random))
        return fuzzCase
    }
}
