/// The known slips, tried in order; the first whose recomputation gives the written value names
/// the mistake. Specific slips come before the catch-all rounding difference.
struct SlipCatalogue: Sendable {
    private let checks: [any SlipCheck] = [
        GivenMiscopied(),
        FlippedSign(),
        MissingActivationSlope(),
        NetForOut(),
        OutForNet(),
        BiasLeftOut(),
        HalfDropped(),
        HalfKept(),
        SoftmaxCrossTermsDropped(),
        ShortcutTimesSlope(),
        OtherReduction(),
        OrderingSwapped(),
        LearningRateLeftOut(),
        UpdateAdded(),
        WeightsSwapped(),
        RoundingOnly(),
    ]

    /// The first slip that explains the written value, if any.
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for check in checks {
            if let diagnosis = check.diagnose(context) { return diagnosis }
        }
        return nil
    }
}
