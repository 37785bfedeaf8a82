import BackpropCheck
import BackpropCore
import Foundation
import Testing

/// The `#@` lines a worksheet records its setup in: read back as written, wherever they are
/// and with lines written around them; any change to them is found and named.
@Suite struct WorksheetHeaderTests {
    static let network = """
        {
          "layers": [2, 2, 2],
          "inputs": [0.05, 0.1]
        }

        """
    static let header = WorksheetHeader(
        network: network, training: TrainingOptions(hiddenUses: .updated, updateBiases: true),
        marking: .decimals(4)
    )

    static func read(_ lines: [String]) -> Result<WorksheetHeader, WorksheetHeaderError>? {
        AnswerSheet(text: lines.joined(separator: "\n") + "\n", source: "a").header
    }

    @Test func readsBackWhatItWrites() throws {
        let read = try #require(Self.read(Self.header.lines)).get()
        #expect(read.network == Self.network)
        #expect(read.training == Self.header.training)
        #expect(read.marking == .decimals(4))
        #expect(read.line == 1)
        #expect(read.fingerprint == Self.header.fingerprint)
    }

    @Test func answersAndBlankLinesAroundAndBetweenAreFine() throws {
        var lines = Self.header.lines
        lines.insert("net_h1 = 0.3775", at: 3)
        lines.insert("", at: 1)
        lines.insert("# my working", at: 0)
        let sheet = AnswerSheet(text: lines.joined(separator: "\n") + "\r\n\n", source: "a")
        #expect(throws: Never.self) { try sheet.header?.get() }
        #expect(sheet.answers.map(\.name) == ["net_h1"])
    }

    @Test func trailingSpacesDoNotCount() throws {
        let lines = Self.header.lines.map { $0 + "  " }
        #expect(throws: Never.self) { try Self.read(lines)?.get() }
    }

    struct Damage: Sendable, CustomTestStringConvertible {
        let description: String
        let change: @Sendable ([String]) -> [String]
        let problem: WorksheetHeaderError.Problem
        let line: Int
        var testDescription: String { description }
    }

    static let damages: [Damage] = [
        Damage(description: "a value edited", change: { lines in
            lines.map { $0.replacingOccurrences(of: "0.05", with: "0.06") }
        }, problem: .edited, line: 1),
        Damage(description: "the checksum line deleted", change: { Array($0.dropLast()) }, problem: .incomplete, line: 8),
        Damage(description: "a line deleted", change: { lines in
            var lines = lines
            lines.remove(at: 4)
            return lines
        }, problem: .edited, line: 1),
        Damage(description: "a second header", change: { $0 + $0 }, problem: .repeated(first: 1), line: 10),
        Damage(description: "another version", change: { lines in
            ["#@ backprop-worksheet 9"] + lines.dropFirst()
        }, problem: .unknownVersion("9"), line: 1),
        Damage(description: "an unknown setting", change: { lines in
            lines.map { $0.hasPrefix("#@ training") ? "#@ training hidden-uses=sideways update-biases=no" : $0 }
        }, problem: .unexpected("training hidden-uses=sideways update-biases=no"), line: 7),
        Damage(description: "a stray line after it", change: { $0 + ["#@ hello"] }, problem: .unexpected("hello"), line: 10),
    ]

    @Test(arguments: damages)
    func damageIsNamedWithItsLine(_ damage: Damage) throws {
        let read = try #require(Self.read(damage.change(Self.header.lines)))
        guard case let .failure(error) = read else {
            Issue.record("read a damaged header")
            return
        }
        #expect(error.problem == damage.problem)
        #expect(error.line == damage.line)
    }

    @Test func aSheetWithoutOneHasNone() {
        #expect(AnswerSheet(text: "# notes\nnet_h1 = 0.3775\n", source: "a").header == nil)
    }
}
