/// The known slips, tried in order; the first whose recomputation gives the written value names
/// the mistake. Specific slips come before the catch-all rounding difference.
struct SlipCatalogue: Sendable {
    private let checks: [any SlipCheck] = [
        GivenMiscopied(),
        FlippedSign(),
        NegativeSquare(),
        MissingActivationSlope(),
        DeltaForGradient(),
        OnePathOnly(),
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
        MomentumLeftOut(),
        WeightDecayLeftOut(),
        BiasCorrectionLeftOut(),
        UpdateAdded(),
        WeightsSwapped(),
        RoundingOnly(),
    ]

    /// Ways of getting a value that are not mistakes: a value they explain is marked right.
    private let acceptable: [any SlipCheck] = [ReferenceRounding()]

    /// The first slip that explains the written value, if any.
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for check in checks {
            if let diagnosis = check.diagnose(context) { return diagnosis }
        }
        return nil
    }

    /// The acceptable way of rounding that explains a value the exact step does not give, if any.
    func accepted(_ context: DiagnosisContext) -> Diagnosis? {
        for check in acceptable {
            if let diagnosis = check.diagnose(context) { return diagnosis }
        }
        return nil
    }
}
