/// The names of one exercise's files in an exercise folder: `exercise-03.json`,
/// `exercise-03-problem.tex`, `exercise-03-worksheet.txt` (and `exercise-03-worksheet.tex`),
/// `exercise-03-key.tex`, `exercise-03-answers.tex`.
package struct ExerciseFiles: Sendable, Equatable {
    /// The network file (JSON, for `--network`).
    package let network: String
    /// The problem sheet: the values and what to compute, no answers.
    package let problem: String
    /// The `name =` lines to fill in, for `backprop check`.
    package let worksheet: String
    /// The worksheet to print and fill in by hand, in the set's format; nil for text, whose
    /// worksheet is ``worksheet`` itself.
    package let printedWorksheet: String?
    /// The compact answer key: every value to compute, in one table.
    package let key: String
    /// The answer key: the full walkthrough.
    package let answers: String

    /// The names for exercise `number` of a set of `count`, documents ending in `.extension`.
    /// Numbers are zero-padded to at least two digits, so the files sort in order.
    package init(number: Int, count: Int, extension fileExtension: String) {
        let width = max(2, String(count).count)
        let digits = String(number)
        let stem = "exercise-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
        network = stem + ".json"
        problem = stem + "-problem." + fileExtension
        worksheet = stem + "-worksheet.txt"
        printedWorksheet = fileExtension == "txt" ? nil : stem + "-worksheet." + fileExtension
        key = stem + "-key." + fileExtension
        answers = stem + "-answers." + fileExtension
    }

    /// The index of the set: `index.md`, `index.tex`, …
    package static func index(extension fileExtension: String) -> String { "index." + fileExtension }
}
