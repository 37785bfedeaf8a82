import Foundation
import Testing

/// `train`'s pictures (decision regions, loss curve) of data no picture was drawn for: one
/// point, points on a line, coordinates of 10¹⁶ (where a margin of 0.1 is lost in rounding) and
/// ±10³⁰⁸ (whose distance overflows). Each draws, in every format, with finite coordinates, and
/// leaves no file behind (issue 28: `Int(NaN)` trapped, `cx="-nan"` reached pdflatex).
@Suite struct DegenerateDataTests {
    static let data: [(inputs: String, targets: String)] = [
        ("1e16,0", "0"),
        ("0,0", "1"),
        ("1,1;2,2;3,3", "0;1;0"),
        ("1e16,1;1e16,2", "0;1"),
        ("1e308,-1e308;-1e308,1e308", "0;1"),
        ("1.7976931348623157e308,1.7976931348623157e308;-1.7976931348623157e308,0", "1;0"),
    ]

    @Test(arguments: data.indices, ["text", "markdown", "html", "latex"])
    func everyPictureDrawsWithFiniteCoordinates(index: Int, format: String) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (inputs, targets) = Self.data[index]
        let result = try BackpropProcess.run(
            ["train", "--layers", "2,4,1", "--epochs", "2", "--inputs", inputs, "--targets", targets,
             "--format", format],
            in: folder, environment: ["TMPDIR": folder.path]
        )
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("nan") && !result.output.contains("inf"), "\(inputs)")
        #expect(result.output.lowercased().contains("decision regions"))
        #expect(RunningBackprop.entries(of: folder).isEmpty)
        // No number of 309 digits: 1e308 is written in its exponent form.
        #expect(!result.output.contains(String(repeating: "0", count: 30)), "\(inputs)")
    }

    @Test func notANumberIsRefusedAtInput() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x,y,label\n1,2,0\nnan,3,1\n".utf8).write(to: folder.appending(path: "d.csv"))
        let table = try BackpropProcess.run(
            ["train", "--examples", "d.csv", "--label-column", "3", "--epochs", "1"], in: folder
        )
        #expect(table.status == 65)
        #expect(table.error == "backprop: error: d.csv: line 3, column 1: 'nan' is not a number\n")
        let flags = try BackpropProcess.run(["train", "--layers", "2,4,1", "--inputs", "nan,0", "--targets", "0", "--epochs", "1"])
        #expect(flags.status == 65)
        #expect(flags.error.contains("only finite numbers"))
    }
}
