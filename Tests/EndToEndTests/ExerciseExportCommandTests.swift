import Foundation
import Testing

/// `backprop exercise --export`: the file or folder written whole, the same seed the same bytes,
/// and bad input refused in one line.
@Suite struct ExerciseExportCommandTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let status: Int32
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refused: [Case] = [
        Case(arguments: ["--export", "blackboard", "-o", "q.xml"], status: 64, message: "--export: 'blackboard' is not one of"),
        Case(arguments: ["--export", "moodle"], status: 64, message: "--export moodle needs -o FILE: where to write it"),
        Case(arguments: ["--export", "prairielearn"], status: 64, message: "--export prairielearn needs -o DIR"),
        Case(arguments: ["--export", "prairielearn", "-o", "-"], status: 64, message: "--export prairielearn writes a folder: -o needs a folder's path, not -"),
        Case(arguments: ["--export", "gift", "-o", "q.txt", "--moodle-style", "numerical"], status: 64, message: "--moodle-style needs --export moodle, not gift"),
        Case(arguments: ["--moodle-style", "numerical"], status: 64, message: "--moodle-style needs --export moodle"),
        Case(arguments: ["--export", "moodle", "-o", "q.xml", "--moodle-style", "essay"], status: 64, message: "--moodle-style: 'essay' is not one of cloze, numerical"),
        Case(arguments: ["-o", "q.xml"], status: 64, message: "-o is for --export; an exercise set goes to --out-dir DIR"),
        Case(arguments: ["--export", "moodle", "-o", "q.xml", "--out-dir", "set"], status: 64, message: "--out-dir is for exercise sheets"),
        Case(arguments: ["--export", "moodle", "-o", "no/such/folder/q.xml"], status: 73, message: "no/such/folder/q.xml: cannot write: no such directory"),
    ]

    @Test(arguments: refused)
    func badInputIsRefusedInOneLine(_ testCase: Case) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["exercise", "--seed", "1"] + testCase.arguments, in: folder)
        #expect(result.status == testCase.status)
        let lines = result.error.split(separator: "\n")
        #expect(lines.first?.hasPrefix("backprop: error: ") == true, "\(result.error)")
        #expect(lines.first?.contains(testCase.message) == true, "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func theSameSeedWritesTheSameBytes() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.xml", "b.xml"] {
            let result = try BackpropProcess.run(
                ["exercise", "--seed", "9", "--count", "2", "--layers", "2,3,2", "--export", "moodle", "-o", name],
                in: folder
            )
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output == "wrote 2 exercises (84 answers) for moodle to \(name)\n")
        }
        let first = try Data(contentsOf: folder.appending(path: "a.xml"))
        #expect(first == (try Data(contentsOf: folder.appending(path: "b.xml"))))
        #expect(String(decoding: first, as: UTF8.self).contains("{1:NUMERICAL:="))
    }

    @Test func aFolderIsWrittenWholeAndANonEmptyOneRefused() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["exercise", "--seed", "4", "--count", "2", "--update-biases", "--export", "prairielearn", "-o", "pl"]
        let result = try BackpropProcess.run(arguments, in: folder)
        #expect(result.status == 0, "\(result.error)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.appending(path: "pl").path).sorted()
        #expect(written.filter { $0.hasSuffix("info.json") } == ["exercise-01/info.json", "exercise-02/info.json"])
        let again = try BackpropProcess.run(arguments, in: folder)
        #expect(again.status == 73)
        #expect(again.error.contains("the folder is not empty"))
        let forced = try BackpropProcess.run(arguments + ["--force"], in: folder)
        #expect(forced.status == 0, "\(forced.error)")
    }

    @Test func everySettingExports() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            ["exercise", "--seed", "2", "--activation", "tanh,softmax", "--loss", "cross-entropy", "--examples", "2",
             "--biases", "none", "--learning-rate", "0.3", "--decimals", "4", "--export", "gift", "-o", "-"],
            in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("$CATEGORY: $course$/top/backprop seed 2/"))
        #expect(result.output.contains(":0.00005#Correct."))
    }
}
