import Foundation

/// Judges a run against the promises every `backprop` command makes.
enum FindingClassifier {
    /// Every finding of `result`, most severe first; empty when the run kept every promise.
    static func findings(of fuzzCase: FuzzCase, result: RunResult) -> [Finding] {
        var findings: [Finding] = []
        let status: Int32?
        switch result.ending {
        case .timedOut:
            return [Finding(kind: .hang, detail: String(format: "still running after %.0f s", result.seconds))]
        case .signalled(let signal):
            if case .signal(let sent, _) = fuzzCase.disruption, result.signalSent, signal == sent {
                status = nil
            } else {
                return [Finding(kind: .crash, detail: "killed by signal \(signal)" + firstLine(of: result.error))]
            }
        case .exited(let code):
            status = code
        }
        if let status {
            findings += statusFindings(status, fuzzCase: fuzzCase, result: result)
            if case .signal(let signal, _) = fuzzCase.disruption, result.signalSent, status == 128 + signal {
                // Interrupted: nothing need be said.
            } else {
                findings += errorOutputFindings(status, fuzzCase: fuzzCase, error: result.error)
            }
        }
        findings += leftoverFindings(status, fuzzCase: fuzzCase, result: result)
        findings += signalFindings(status, fuzzCase: fuzzCase, result: result)
        if let peak = result.peakKilobytes, peak > memoryLimitKilobytes {
            findings.append(Finding(kind: .memory, detail: "peak resident memory \(peak / 1024) MB"))
        }
        if let end = fuzzCase.outputEnd, status == 0, result.output.count < FuzzRunner.outputCap,
           !Array(result.output.reversed().drop { $0 == 0x0A }.reversed()).suffix(end.utf8.count).elementsEqual(end.utf8) {
            findings.append(Finding(kind: .damagedOutput, detail: "standard output does not end with \(end)"))
        }
        return findings
    }

    /// More than this is too much memory for any input the generators make (1 GB).
    static let memoryLimitKilobytes = 1 << 20

    /// A run that ends normally this long after the harness's signal went on working: the
    /// signal was lost (an exit already under way when it came takes milliseconds).
    static let lostSignalSeconds = 0.25

    private static func signalFindings(_ status: Int32?, fuzzCase: FuzzCase, result: RunResult) -> [Finding] {
        guard case .signal(let signal, _) = fuzzCase.disruption, result.signalSent,
              let status, status != 128 + signal, let after = result.secondsAfterSignal,
              after > lostSignalSeconds else { return [] }
        // A first Ctrl-C asks `train` to stop after its step and write what it has.
        if signal == SIGINT, fuzzCase.arguments.first == "train" { return [] }
        return [Finding(kind: .lostSignal, detail: String(format: "status \(status) %.2f s after signal \(signal)", after))]
    }

    private static func statusFindings(_ status: Int32, fuzzCase: FuzzCase, result: RunResult) -> [Finding] {
        if case .signal(let signal, _) = fuzzCase.disruption, result.signalSent {
            // Interrupted: the conventional 128 + signal, or a normal status if it finished first.
            if status == 128 + signal || FuzzCase.documentedStatuses.contains(status) { return [] }
            return [Finding(kind: .wrongStatus, detail: "status \(status) after signal \(signal)")]
        }
        guard FuzzCase.documentedStatuses.contains(status) else {
            return [Finding(kind: .wrongStatus, detail: "undocumented status \(status)" + firstLine(of: result.error))]
        }
        guard fuzzCase.allowedStatuses.contains(status) else {
            let allowed = fuzzCase.allowedStatuses.sorted().map(String.init).joined(separator: "/")
            return [Finding(kind: .wrongStatus, detail: "status \(status), expected \(allowed)" + firstLine(of: result.error))]
        }
        return []
    }

    /// The rule for standard error: on failure, one or more `backprop: error:` lines (several
    /// only for `check` with several files), then at most one `backprop: see` line; on success,
    /// only `backprop: ` lines. Never a control character inside a line; always UTF-8.
    static func errorOutputFindings(_ status: Int32, fuzzCase: FuzzCase, error: [UInt8]) -> [Finding] {
        guard !error.isEmpty else {
            return status == 0 || status == 1 ? [] : [Finding(kind: .badErrorOutput, detail: "status \(status) with nothing on standard error")]
        }
        guard let text = String(validating: error, as: UTF8.self) else {
            return [Finding(kind: .badErrorOutput, detail: "standard error is not UTF-8")]
        }
        guard text.hasSuffix("\n") else {
            return [Finding(kind: .badErrorOutput, detail: "standard error does not end in a line break")]
        }
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let bad = lines.first(where: { $0.unicodeScalars.contains(where: isControl) }) {
            return [Finding(kind: .badErrorOutput, detail: "control character in \(escaped(bad))")]
        }
        if status == 0 || status == 1 {
            if let bad = lines.first(where: { !$0.hasPrefix("backprop: ") }) {
                return [Finding(kind: .badErrorOutput, detail: "line without 'backprop: ': \(escaped(bad))")]
            }
            return []
        }
        var errorLines = lines
        if let last = lines.last, last.hasPrefix("backprop: see ") { errorLines.removeLast() }
        if errorLines.isEmpty || !errorLines.allSatisfy({ $0.hasPrefix("backprop: error: ") }) {
            let bad = errorLines.first { !$0.hasPrefix("backprop: error: ") } ?? ""
            return [Finding(kind: .badErrorOutput, detail: "\(lines.count) lines; not an error line: \(escaped(bad))")]
        }
        // `check` reports each answers file that fails on a line of its own.
        if errorLines.count > 1 && fuzzCase.arguments.first != "check" {
            return [Finding(kind: .badErrorOutput, detail: "\(errorLines.count) error lines: \(escaped(errorLines[1]))")]
        }
        return []
    }

    /// A failed or interrupted run leaves nothing new; a successful one only its outputs.
    private static func leftoverFindings(_ status: Int32?, fuzzCase: FuzzCase, result: RunResult) -> [Finding] {
        var before = Set(fuzzCase.files.keys).union(fuzzCase.links.keys)
        for path in Array(before) {
            var parent = path.parent
            while !parent.isEmpty {
                before.insert(parent)
                parent = parent.parent
            }
        }
        let succeeded = status == 0 || status == 1
        var allowed = before
        // Outputs are whole folders as well as files: everything under one is allowed.
        // An interrupted run may end after its outputs were committed, whole.
        var interruptedRun = status == nil && fuzzCase.disruption != .none
        if case .signal(let signal, _) = fuzzCase.disruption, result.signalSent, status == 128 + signal {
            interruptedRun = true
        }
        if succeeded || interruptedRun {
            allowed.formUnion(fuzzCase.outputs)
            // The folders an output was put in are made with it.
            for output in fuzzCase.outputs {
                var parent = output.parent
                while !parent.isEmpty {
                    allowed.insert(parent)
                    parent = parent.parent
                }
            }
        }
        var findings: [Finding] = []
        if let folder = fuzzCase.outputFolder {
            let inside = result.filesAfter.filter { $0.hasPrefix(folder.path + "/") && !before.contains($0) }
            let whole = inside.count == folder.fileCount
            let interrupted = status == nil || result.signalSent
            if !inside.isEmpty && !(whole && (succeeded || interrupted)) {
                findings.append(Finding(kind: .leftovers, detail: "\(folder.path)/ has \(inside.count) of \(folder.fileCount) files"))
            }
            allowed.insert(folder.path)
            allowed.formUnion(inside)
        }
        let new = result.filesAfter.filter { path in
            !allowed.contains(path) && !allowed.contains { path.hasPrefix($0 + "/") }
        }
        if !new.isEmpty {
            findings.append(Finding(kind: .leftovers, detail: "left behind: " + new.prefix(3).map(escaped).joined(separator: ", ")))
        }
        return findings
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(200) {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func firstLine(of error: [UInt8]) -> String {
        let text = String(decoding: error.prefix(400), as: UTF8.self)
        let line = text.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return line.map { ": " + escaped(String($0)) } ?? ""
    }
}

private extension String {
    /// The parent of a relative path (`a/b` → `a`, `a` → ``).
    var parent: String {
        guard let slash = lastIndex(of: "/") else { return "" }
        return String(self[..<slash])
    }
}
