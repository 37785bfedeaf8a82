/// Command lines: every command with random options and values, valid and not, plus unknown
/// commands and options.
enum ArgumentCases {
    /// Each command's options (with `true` when the option takes a value).
    static let options: [String: [(String, Bool)]] = {
        let network: [(String, Bool)] = [
            ("--network", true), ("--layers", true), ("--inputs", true), ("--targets", true),
            ("--weights", true), ("--biases", true), ("--learning-rate", true), ("--activation", true),
        ]
        let training: [(String, Bool)] = [("--hidden-uses", true), ("--update-biases", false)]
        return [
            "explain": network + training + [
                ("--steps", true), ("--format", true), ("--detail", true), ("--digits", true),
                ("--ascii", false), ("--template-dir", true), ("--output", true), ("-o", true),
                ("--body-only", false),
            ],
            "init": network + [("--output", true), ("-o", true)],
            "worksheet": network + training + [("--format", true), ("--formulas", false), ("-o", true)],
            "check": network + training + [("--format", true), ("--digits", true)],
            "exercise": [
                ("--seed", true), ("--layers", true), ("--count", true), ("--out-dir", true),
                ("--force", false), ("--format", true), ("--detail", true), ("--digits", true),
                ("--ascii", false), ("--template-dir", true),
            ],
            "templates": [("--force", false)],
        ]
    }()

    /// Plausible values for an option, and some implausible ones.
    static func value(for option: String, using random: inout SeededRandom) -> String {
        let good: [String] = switch option {
        case "--layers": ["2,2,2", "2,3,2", "3,3", "1,1", "2,2,2,2", "2, 2, 2", "2,0,2", "2,-1,2", "2,1000000000,2", ",", "2;2"]
        case "--inputs", "--targets": ["0.05,0.1", "1,0", "0.5", "nan,1", "1e309,0", "", ",", "1,2,3", "−0.5,0.5"]
        case "--weights": ["0.15,0.2,0.25,0.3,0.4,0.45,0.5,0.55", "1,1,1,1,1,1,1,1", "1,2", "1e200,1,1,1,1,1,1,1"]
        case "--biases": ["0.35,0.6", "0.1;0.2,0.3", "1", "0.1,0.2;0.3,0.4", ";", "a"]
        case "--learning-rate": ["0.5", "0", "-1", "50", "1e308", "nan", "x"]
        case "--activation": ["logistic", "tanh", "relu", "linear", "tanh,logistic", "softmax", "TANH", ""]
        case "--hidden-uses": ["original", "updated", "new"]
        case "--steps": ["1", "2", "10", "0", "-1", "1000000001", "1e3", "ten", "99999999999999999999"]
        case "--format": ["markdown", "text", "json", "list", "latex", "html", "pdf", ""]
        case "--detail": ["first", "all", "some"]
        case "--digits": ["0", "4", "9", "17", "-1", "100", "1000000"]
        case "--seed": ["0", "1", "18446744073709551615", "18446744073709551616", "-1", "x"]
        case "--count": ["1", "2", "0", "1001", "-3", "x"]
        case "--network": ["net.json", "missing.json", "", "."]
        case "--template-dir": ["T", "missing", "net.json", ""]
        case "--output", "-o", "--out-dir": ["out.txt", "out", "sub/out.txt", "", "."]
        default: ["1"]
        }
        return random.chance(0.85) ? random.pick(good)
            : random.chance(0.5) ? random.pick(Mutations.strangeTexts) : random.pick(Mutations.strangeNumbers)
    }

    static func make(using random: inout SeededRandom) -> FuzzCase {
        let commands = ["explain", "init", "worksheet", "check", "exercise", "templates"]
        var arguments: [String] = []
        var statuses = FuzzCase.documentedStatuses
        var outputs: [String] = []
        let roll = Int.random(in: 0..<20, using: &random)
        if roll == 0 {
            arguments = [random.pick(["explian", "help", "--help", "-h", "--version", "", "-", "--", random.pick(Mutations.strangeTexts)])]
            if arguments == ["explian"] { statuses = [64] }
        } else {
            let command = random.pick(commands)
            arguments = [command]
            let known = options[command] ?? []
            if command == "check" { arguments.append(random.pick(["answers.txt", "missing.txt"])) }
            if command == "templates" { arguments += random.chance(0.5) ? ["list"] : ["export", random.pick(["T2", "T", "", "net.json"])] }
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                if random.chance(0.1) {
                    arguments.append(random.pick(["--stpes", "--", "-x", "--format=json", "extra", "--help"]))
                    continue
                }
                guard !known.isEmpty else { break }
                let (option, takesValue) = random.pick(known)
                arguments.append(option)
                if takesValue && random.chance(0.95) {
                    arguments.append(value(for: option, using: &random))
                }
            }
            outputs += ["out.txt", "out", "sub/out.txt", "T2", "exercises", "T/markdown/walkthrough.md"]
        }
        var fuzzCase = FuzzCase(kind: "argv", arguments: arguments, allowedStatuses: statuses, outputs: outputs)
        fuzzCase.files["net.json"] = Array(NetworkFileCases.reference.utf8)
        fuzzCase.files["answers.txt"] = Array("net_h1 = 0.3775\nout_h1 = 0.59327\n".utf8)
        fuzzCase.files["T/markdown/walkthrough.md"] = Array("# {{ title }}\n".utf8)
        fuzzCase.files["sub/.keep"] = []
        return fuzzCase
    }
}
