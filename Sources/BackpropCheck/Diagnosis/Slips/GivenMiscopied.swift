/// A given of the network written with another value: usually a sign that the exercise's own
/// numbers were not passed to `check`.
struct GivenMiscopied: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard context.term.formula == .given else { return nil }
        return Diagnosis(.givenMiscopied, """
            \(context.term.name) is a given, and your value is not the network's. If your \
            exercise uses other numbers, give them to check (--inputs, --targets, \
            --weights, --biases, --learning-rate, or --network FILE).
            """)
    }
}
