import BackpropExport
import Foundation
import Testing

/// One small seeded set (seed 7, two 2-2-2 exercises) exported to each platform, compared byte
/// for byte with `Golden/`; `BACKPROP_UPDATE_GOLDEN=1 swift test --filter GoldenExportTests`
/// rewrites the files on purpose.
@Suite struct GoldenExportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    static let cases: [(name: String, format: ExportFormat, style: MoodleStyle)] = [
        ("seed-7.moodle.xml", .moodle, .cloze),
        ("seed-7.moodle-numerical.xml", .moodle, .numerical),
        ("seed-7.gift.txt", .gift, .cloze),
        ("seed-7.numbas.exam", .numbas, .cloze),
        ("seed-7.prairielearn.txt", .prairielearn, .cloze),
    ]

    @Test(arguments: cases.indices)
    func exportMatchesItsGoldenFile(_ index: Int) throws {
        let (name, format, style) = Self.cases[index]
        let questions = try ExportFixtures.questions(try ExportFixtures.exercises(seed: 7, count: 2))
        let files = try Exporter(format: format, moodleStyle: style, setSeed: 7).files(questions)
        // A folder's files one after the other, each under its name.
        let actual = format.writesFolder
            ? files.map { "=== \($0.name) ===\n" + ExportFixtures.text($0) }.joined()
            : files.map(ExportFixtures.text).joined()
        let url = Self.folder.appending(path: name)
        if ProcessInfo.processInfo.environment["BACKPROP_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let line = zip(actual.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
        #expect(actual == expected, "\(name) differs at line \((line?.offset ?? 0) + 1) (BACKPROP_UPDATE_GOLDEN=1 rewrites it)")
    }
}
