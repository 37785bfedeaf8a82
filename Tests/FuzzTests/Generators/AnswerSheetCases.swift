/// Answer sheets for `backprop check`: names and values as people write them, and lines no
/// one should.
enum AnswerSheetCases {
    static let names = [
        "net_h1", "out_h1", "net_h2", "out_h2", "net_o1", "out_o1", "E_o1", "E_total",
        "dE_total/dout_o1", "dout_o1/dnet_o1", "delta_o1", "dE_total/dw5", "w5+", "∂E_total/∂w5",
        "δ_o1", "w5⁺", "Etotal", "dE/dw9", "eta", "η", "dE_total/dw1", "w1+", "delta_h1", "bogus",
        "", "=", "w" + String(repeating: "9", count: 30), "net_h1_12",
    ]
    static let values = [
        "0.3775", "0.593269992", "0.75136507", "0.298371109", "0.082167041", "0.35891648",
        "", "-0.0381", "5.5e-4", ".5", "−0.5", "+1", "0.40", "about 0.38", "1e999", "nan",
        "0." + String(repeating: "1", count: 500), "1/2", "0,5",
    ]

    static func line(using random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return random.pick(["# comment", "", "> quote", "## heading", "|---|---|", "| name | value |"])
        case 1: return "| `\(random.pick(names))` | \(random.pick(values)) |"
        case 2: return "- \(random.pick(names)) = \(random.pick(values))"
        case 3: return "\(random.pick(names)) = 0.15*0.05 + 0.2*0.1 = \(random.pick(values))"
        case 4: return random.pick(Mutations.strangeTexts) + " = " + random.pick(values)
        case 5: return random.pick(names) + " = " + random.pick(Mutations.strangeTexts + Mutations.strangeNumbers)
        default: return "\(random.pick(names)) = \(random.pick(values))"
        }
    }

    static func sheet(using random: inout SeededRandom) -> [UInt8] {
        let count = random.chance(0.05) ? 100_000 : Int.random(in: 0...30, using: &random)
        var text = (0..<count).map { _ in line(using: &random) }.joined(separator: random.chance(0.2) ? "\r\n" : "\n")
        if random.chance(0.1) { text = "\u{FEFF}" + text }
        var bytes = Array(text.utf8)
        if random.chance(0.25) { bytes = Mutations.mutate(bytes, using: &random) }
        return bytes
    }

    static func make(using random: inout SeededRandom) -> FuzzCase {
        let fileCount = random.chance(0.8) ? 1 : Int.random(in: 2...3, using: &random)
        var files: [String: [UInt8]] = [:]
        for index in 0..<fileCount { files["answers\(index).txt"] = sheet(using: &random) }
        var arguments = ["check"] + files.keys.sorted()
        if random.chance(0.3) { arguments += ["--format", "json"] }
        if random.chance(0.2) { arguments += ["--digits", random.pick(["0", "4", "30"])] }
        return FuzzCase(kind: "answers", arguments: arguments, files: files, allowedStatuses: [0, 1, 64, 65])
    }
}
