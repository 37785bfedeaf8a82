/// The names of one exercise's files in an exercise folder: `exercise-03.json`,
/// `exercise-03-problem.tex`, `exercise-03-worksheet.txt`, `exercise-03-answers.tex`.
public struct ExerciseFiles: Sendable, Equatable {
    /// The network file (JSON, for `--network`).
    public let network: String
    /// The problem sheet: the values and what to compute, no answers.
    public let problem: String
    /// The `name =` lines to fill in, for `backprop check`.
    public let worksheet: String
    /// The answer key: the full walkthrough.
    public let answers: String

    /// The names for exercise `number` of a set of `count`, documents ending in `.extension`.
    /// Numbers are zero-padded to at least two digits, so the files sort in order.
    public init(number: Int, count: Int, extension fileExtension: String) {
        let width = max(2, String(count).count)
        let digits = String(number)
        let stem = "exercise-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
        network = stem + ".json"
        problem = stem + "-problem." + fileExtension
        worksheet = stem + "-worksheet.txt"
        answers = stem + "-answers." + fileExtension
    }

    /// The index of the set: `index.md`, `index.tex`, …
    public static func index(extension fileExtension: String) -> String { "index." + fileExtension }
}
