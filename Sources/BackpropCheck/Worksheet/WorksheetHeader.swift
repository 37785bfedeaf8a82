import BackpropCore

/// The setup a worksheet records for `check`: its network (as a network file), the training
/// options and the marking rule, written as `#@` comment lines that a person can ignore.
///
/// ```
/// #@ backprop-worksheet 1 -- the setup 'backprop check' reads; leave the #@ lines as they are
/// #@ network
/// #@ {
/// #@   "layers": [2, 2, 2],
/// #@   …
/// #@ }
/// #@ training hidden-uses=original update-biases=no batch-size=all reduction=mean round=no
/// #@ marking min-digits=3
/// #@ checksum 6f0c0f2d3a1b9e47
/// ```
///
/// The network is kept as text: the command-line tool writes and reads it as a network file,
/// so every field a network file has comes along. The lines may be anywhere in the file and
/// need not be together (students write around them); the checksum, over the lines' text in
/// order, tells a header that was edited from one that was not.
package struct WorksheetHeader: Sendable, Equatable {
    /// The latest step a header may trace (as `--trace-step` allows).
    package static let maximumStep = 1_000_000_000

    /// The version of the format this backprop writes and reads.
    package static let version = "1"

    /// The network file's text.
    package let network: String
    /// How the step is trained: the options, the optimizer and the traced step (the steps run
    /// are the traced step's).
    package let training: TrainingOptions
    /// How precisely values must be written.
    package let marking: MarkingRule
    /// Whether values are written with a decimal comma (`0,0821`).
    package let decimalComma: Bool
    /// The line of the file the header starts on, when it was read from one.
    package let line: Int?

    /// A header to write.
    package init(
        network: String, training: TrainingOptions, marking: MarkingRule, decimalComma: Bool = false
    ) {
        self.init(
            network: network, training: training, marking: marking, decimalComma: decimalComma,
            line: nil
        )
    }

    private init(
        network: String, training: TrainingOptions, marking: MarkingRule, decimalComma: Bool,
        line: Int?
    ) {
        self.network = network
        self.training = TrainingOptions(
            hiddenUses: training.hiddenUses, updateBiases: training.updateBiases,
            steps: training.tracedStep, batchSize: training.batchSize, reduction: training.reduction,
            roundingDecimals: training.roundingDecimals, optimizer: training.optimizer,
            tracedStep: training.tracedStep, weightDecay: training.weightDecay
        )
        self.marking = marking
        self.decimalComma = decimalComma
        self.line = line
    }

    /// The header's lines, each starting with `#@`, the checksum last.
    package var lines: [String] {
        var content = [
            "backprop-worksheet \(Self.version) -- the setup 'backprop check' reads; "
                + "leave the #@ lines as they are",
            "network",
        ]
        content += network.split(separator: "\n")
            .map { String($0).withoutTrailingSpaces }
            .filter { !$0.isEmpty }
        content.append("training " + Self.settings(training))
        content.append("marking " + Self.setting(marking) + (decimalComma ? " decimal-comma=yes" : ""))
        content.append("checksum " + Self.checksum(content))
        return content.map { "#@ " + $0 }
    }

    /// A short fingerprint of the setup: the header's checksum.
    package var fingerprint: String {
        String(lines.last?.split(separator: " ").last ?? "")
    }

    /// Reads a header from its lines (the text after `#@ `, with their line numbers).
    static func read(_ lines: [(line: Int, text: String)]) -> Result<WorksheetHeader, WorksheetHeaderError> {
        guard let first = lines.first else { return .failure(.init(line: 1, .incomplete)) }
        var network: [String] = []
        var training: TrainingOptions?
        var marking: (rule: MarkingRule, decimalComma: Bool)?
        var content: [String] = []
        var inNetwork = false
        for (line, raw) in lines {
            let text = raw.withoutTrailingSpaces
            let words = text.split(separator: " ", maxSplits: 1)
            let keyword = words.first.map(String.init) ?? ""
            let rest = words.count > 1 ? String(words[1]) : ""
            if line != first.line, keyword == "backprop-worksheet" {
                return .failure(.init(line: line, .repeated(first: first.line)))
            }
            switch keyword {
            case "backprop-worksheet":
                let version = rest.split(separator: " ").first.map(String.init) ?? ""
                guard version == Self.version else {
                    return .failure(.init(line: line, .unknownVersion(version)))
                }
            case "network":
                inNetwork = true
            case "training":
                inNetwork = false
                guard let options = Self.training(rest) else {
                    return .failure(.init(line: line, .unexpected(text)))
                }
                training = options
            case "marking":
                inNetwork = false
                guard let rule = Self.marking(rest) else {
                    return .failure(.init(line: line, .unexpected(text)))
                }
                marking = rule
            case "checksum":
                guard rest == Self.checksum(content) else {
                    return .failure(.init(line: first.line, .edited))
                }
                guard !network.isEmpty else { return .failure(.init(line: first.line, .noNetwork)) }
                guard let training, let marking else {
                    return .failure(.init(line: first.line, .incomplete))
                }
                if let extra = lines.first(where: { $0.line > line }) {
                    let again = extra.text.hasPrefix("backprop-worksheet")
                    return .failure(.init(
                        line: extra.line, again ? .repeated(first: first.line) : .unexpected(extra.text)
                    ))
                }
                return .success(WorksheetHeader(
                    network: network.joined(separator: "\n") + "\n", training: training,
                    marking: marking.rule, decimalComma: marking.decimalComma, line: first.line
                ))
            default:
                guard inNetwork else { return .failure(.init(line: line, .unexpected(text))) }
                network.append(text)
            }
            content.append(text)
        }
        return .failure(.init(line: lines[lines.count - 1].line, .incomplete))
    }

    private static func settings(_ options: TrainingOptions) -> String {
        "hidden-uses=\(options.hiddenUses.rawValue) update-biases=\(options.updateBiases ? "yes" : "no")"
            + " batch-size=\(options.batchSize.map(String.init) ?? "all")"
            + " reduction=\(options.reduction.rawValue)"
            + " round=\(options.roundingDecimals.map(String.init) ?? "no")"
            + (options.optimizer == .sgd ? "" : " optimizer=" + optimizer(options.optimizer))
            + (options.tracedStep == 1 ? "" : " step=\(options.tracedStep)")
            + (options.weightDecay == 0 ? "" : " weight-decay=\(options.weightDecay)")
    }

    /// `momentum:0.9`, `nesterov:0.9`, `rmsprop:0.99:1e-08`, `adam:0.9:0.999:1e-08`.
    private static func optimizer(_ optimizer: Optimizer) -> String {
        switch optimizer {
        case .sgd: return "sgd"
        case let .momentum(mu): return "momentum:\(mu)"
        case let .nesterov(mu): return "nesterov:\(mu)"
        case let .rmsprop(alpha, epsilon): return "rmsprop:\(alpha):\(epsilon)"
        case let .adam(beta1, beta2, epsilon): return "adam:\(beta1):\(beta2):\(epsilon)"
        }
    }

    private static func optimizer(_ text: String) -> Optimizer? {
        let parts = text.split(separator: ":").map(String.init)
        let numbers = parts.dropFirst().compactMap(Double.init)
        guard numbers.count == parts.count - 1, numbers.allSatisfy({ $0 >= 0 && $0 < 1 }) else { return nil }
        switch (parts[0], numbers.count) {
        case ("sgd", 0): return .sgd
        case ("momentum", 1): return .momentum(numbers[0])
        case ("nesterov", 1): return .nesterov(numbers[0])
        case ("rmsprop", 2) where numbers[1] > 0: return .rmsprop(alpha: numbers[0], epsilon: numbers[1])
        case ("adam", 3) where numbers[2] > 0: return .adam(beta1: numbers[0], beta2: numbers[1], epsilon: numbers[2])
        default: return nil
        }
    }

    private static func training(_ text: String) -> TrainingOptions? {
        var options = TrainingOptions()
        var seen = Set<String>()
        for pair in text.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, seen.insert(parts[0]).inserted else { return nil }
            switch (parts[0], parts[1]) {
            case ("hidden-uses", let value):
                guard let uses = HiddenWeights(rawValue: value) else { return nil }
                options.hiddenUses = uses
            case ("update-biases", "yes"): options.updateBiases = true
            case ("update-biases", "no"): options.updateBiases = false
            case ("batch-size", "all"): options.batchSize = nil
            case ("batch-size", let value):
                guard let size = Int(value), size >= 1 else { return nil }
                options.batchSize = size
            case ("reduction", let value):
                guard let reduction = Reduction(rawValue: value) else { return nil }
                options.reduction = reduction
            case ("round", "no"): options.roundingDecimals = nil
            case ("round", let value):
                guard let decimals = Int(value),
                      (0...TrainingOptions.maximumRoundingDecimals).contains(decimals)
                else { return nil }
                options.roundingDecimals = decimals
            case ("optimizer", let value):
                guard let optimizer = optimizer(value) else { return nil }
                options.optimizer = optimizer
            case ("weight-decay", let value):
                guard let decay = Double(value), decay > 0, decay <= TrainingOptions.maximumWeightDecay else { return nil }
                options.weightDecay = decay
            case ("step", let value):
                guard let step = Int(value), (1...Self.maximumStep).contains(step) else { return nil }
                options.tracedStep = step
                options.steps = step
            default: return nil
            }
        }
        let optional = ["optimizer", "step", "weight-decay"].filter(seen.contains).count
        return seen.count - optional == 5 ? options : nil
    }

    private static func setting(_ rule: MarkingRule) -> String {
        switch rule {
        case let .significantFigures(figures): return "min-digits=\(figures)"
        case let .decimals(decimals): return "decimals=\(decimals)"
        }
    }

    /// `min-digits=3` or `decimals=4`, then `decimal-comma=yes` when values have a decimal comma.
    private static func marking(_ text: String) -> (rule: MarkingRule, decimalComma: Bool)? {
        let settings = text.split(separator: " ")
        guard (1...2).contains(settings.count),
              settings.count == 1 || settings[1] == "decimal-comma=yes" else { return nil }
        let parts = settings[0].split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let count = Int(parts[1]), (0...MarkingRule.maximum).contains(count)
        else { return nil }
        let decimalComma = settings.count == 2
        switch parts[0] {
        case "min-digits" where count >= 1: return (.significantFigures(count), decimalComma)
        case "decimals": return (.decimals(count), decimalComma)
        default: return nil
        }
    }

    /// FNV-1a (64 bits) of the lines joined by line breaks, as 16 hexadecimal digits: enough to
    /// notice an edit, not a seal against one.
    static func checksum(_ lines: [String]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (index, line) in lines.enumerated() {
            if index > 0 { hash = (hash ^ 0x0A) &* 0x0000_0100_0000_01B3 }
            for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension String {
    /// Without trailing spaces, tabs and carriage returns (editors strip them).
    fileprivate var withoutTrailingSpaces: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return String(text)
    }
}
