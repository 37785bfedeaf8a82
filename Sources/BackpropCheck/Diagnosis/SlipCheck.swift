/// One entry of the diagnosis catalogue: recomputes the mistaken step with its slip applied and
/// says whether that gives what the student wrote.
protocol SlipCheck: Sendable {
    /// The diagnosis if this slip explains the written value, else nil.
    func diagnose(_ context: DiagnosisContext) -> Diagnosis?
}
