/// A given of the network written with another value: usually a sign that the exercise's own
/// numbers were not passed to `check`.
struct GivenMiscopied: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard context.term.formula == .given else { return nil }
        return Diagnosis(.givenMiscopied, .givenMiscopied)
    }
}
