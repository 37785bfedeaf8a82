import Foundation
import Testing

/// Inputs from standard input, streams and `@FILE` lists, and what goes wrong with them.
@Suite struct InputFileTests {
    let folder: URL

    init() throws { folder = try BackpropProcess.temporaryDirectory() }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: folder.appending(path: name))
    }

    @Test func theNetworkCanComeFromStandardInputOrAStream() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = try BackpropProcess.run(["init", "--inputs", "1,0.5"]).output
        try write(network, to: "net.json")
        let fromFile = try BackpropProcess.run(["explain", "--format", "json", "--network", "net.json"], in: folder)
        #expect(fromFile.status == 0)
        for spelling in ["-", "/dev/stdin"] {
            let piped = try BackpropProcess.run(["explain", "--format", "json", "--network", spelling], input: network)
            #expect(piped.status == 0, "\(spelling): \(piped.error)")
            #expect(piped.output == fromFile.output, "\(spelling)")
        }
        let substituted = try BackpropProcess.run(
            URL(fileURLWithPath: "/bin/bash"),
            ["-c", "\"$0\" explain --format json --network <(cat net.json)", BackpropProcess.executable.path],
            in: folder
        )
        #expect(substituted.status == 0, "\(substituted.error)")
        #expect(substituted.output == fromFile.output)
    }

    @Test func aBrokenNetworkOnStandardInputIsNamedSo() throws {
        let result = try BackpropProcess.run(["explain", "--network", "-"], input: "{\"weights\": [1,]}")
        #expect(result.status == 65)
        #expect(result.error == "backprop: error: standard input:1:16: malformed JSON: unexpected character ']', expected a value\n")
    }

    @Test func anAnswersFileCanComeFromStandardInput() throws {
        let result = try BackpropProcess.run(["check", "-"], input: "net_h1 = 0.3775\nout_h1 = 0.5\n")
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("Checking standard input against one step of the reference 2-2-2 network."))
        #expect(result.output.contains("  2  ✗ out_h1 = 0.5"))
    }

    @Test(arguments: [
        ["check", "-", "--network", "-"],
        ["explain", "--network", "/dev/stdin", "--weights", "@-"],
        ["check", "-", "-"],
    ])
    func standardInputIsReadOnce(arguments: [String]) throws {
        let result = try BackpropProcess.run(arguments, input: "")
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("backprop: error: standard input can be read only once, but "))
        #expect(result.error.contains(" both ask for it\n"))
    }

    /// 101,632 weights do not fit in one argument (Linux takes at most 128 KiB), but in a file.
    @Test func aLargeNetworkIsGivenByFiles() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let layers = [784, 128, 10]
        let weightCount = 784 * 128 + 128 * 10
        var weights = "# [784, 128, 10], hidden layer first\n"
        for index in 0..<weightCount {
            weights += String(Double(index % 97) / 1000 - 0.048) + (index % 10 == 9 ? "\n" : " ")
        }
        try write(weights, to: "weights.txt")
        try write((0..<784).map { String(Double($0 % 256) / 255) }.joined(separator: ",\n"), to: "inputs.txt")
        try write("0 0 0 1 0 0 0 0 0 0\n", to: "targets.txt")
        let result = try BackpropProcess.run([
            "init", "--layers", layers.map(String.init).joined(separator: ","),
            "--weights", "@weights.txt", "--inputs", "@inputs.txt", "--targets", "@targets.txt",
            "--biases", "0.1,0.2", "-o", "net.json",
        ], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let data = try Data(contentsOf: folder.appending(path: "net.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let written = try #require(object["weights"] as? [Double])
        #expect(written.count == weightCount)
        #expect(written.prefix(3) == [-0.048, -0.047, -0.046])
        #expect((object["inputs"] as? [Double])?.count == 784)
        #expect(object["targets"] as? [Double] == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0])
    }

    @Test func biasesPerNeuronFromAFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("0.1 0.2  # hidden\n;\n0.3, 0.4  # output\n", to: "biases.txt")
        let result = try BackpropProcess.run(["explain", "--format", "list", "--biases", "@biases.txt"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let inline = try BackpropProcess.run(["explain", "--format", "list", "--biases", "0.1,0.2;0.3,0.4"])
        #expect(result.output == inline.output)
    }

    @Test(arguments: [
        (["--weights", "@bad.txt"], 65, "bad.txt:2: --weights: item 4 is not a number: 'x'"),
        (["--weights", "@empty.txt"], 65, "empty.txt: --weights: the file holds no values"),
        (["--weights", "@short.txt"], 65, "--weights @short.txt: expected 8 numbers for layers [2, 2, 2], got 3 (layers from the reference network)"),
        (["--layers", "@bad.txt"], 65, "bad.txt:1: --layers: item 1 is not a whole number: '0.15'"),
        (["--weights", "@nope.txt"], 66, "nope.txt: no such file"),
        (["--weights", "@"], 64, "--weights: '@' needs a file name after it (--weights @FILE), or '-' for standard input"),
        (["--network", "."], 66, ".: is a directory"),
        (["--network", "/proc/self/mem"], 66, "/proc/self/mem: cannot be read: input/output error"),
    ])
    func listFilesAndInputsThatFailNameTheFile(arguments: [String], status: Int32, message: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("0.15 0.2\n0.25 x\n", to: "bad.txt")
        try write("# nothing yet\n", to: "empty.txt")
        try write("0.1 0.2 0.3", to: "short.txt")
        let result = try BackpropProcess.run(["explain"] + arguments, in: folder)
        #expect(result.status == status)
        #expect(result.error.hasPrefix("backprop: error: \(message)\n"), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func anEndlessInputStopsAtTheLimit() throws {
        let result = try BackpropProcess.run(["explain", "--network", "/dev/zero"])
        #expect(result.status == 65)
        #expect(result.error == "backprop: error: /dev/zero: larger than 256 MiB, the most backprop reads from one input\n")
    }

    @Test(arguments: [
        ["--weights", "0.15,", "0.2,", "0.25,", "0.3,", "0.4"],
        ["--weights", "0.15", ",0.2"],
        ["--weights=0.15,", "-0.2"],
    ])
    func aListSplitAtItsSpacesIsExplained(arguments: [String]) throws {
        let result = try BackpropProcess.run(["explain"] + arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("backprop: error: --weights: the list was split into separate arguments at its spaces ("))
        #expect(result.error.contains("; remove the spaces (--weights 0.15,"))
        #expect(result.error.contains(") or quote the list\n"))
    }
}
