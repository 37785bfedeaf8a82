/// Picks the generator for each case number; the same seed and number give the same case.
enum FuzzCaseGenerator {
    static func make(seed: UInt64, case index: Int) -> FuzzCase {
        var random = SeededRandom(seed: seed, case: index)
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<22: return NetworkFileCases.make(using: &random)
        case 22..<44: return ArgumentCases.make(using: &random)
        case 44..<62: return AnswerSheetCases.make(using: &random)
        case 62..<78: return TemplateCases.make(using: &random)
        case 78..<86: return HostileCases.make(using: &random)
        case 86..<93: return OutputPathCases.make(using: &random)
        default: return DisruptionCases.make(using: &random)
        }
    }
}
