import BackpropCore

extension GradientCheck.Verdict {
    /// The verdict as a table cell and in sentences: `fine`, `ReLU kink`.
    var words: String {
        switch self {
        case .fine: return "fine"
        case .belowResolution: return "below resolution"
        case .borderline: return "borderline"
        case .suspect: return "suspect"
        case .kink: return "ReLU kink"
        }
    }
}
