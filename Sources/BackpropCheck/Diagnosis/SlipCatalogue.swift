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
        UpdateForgotten(),
        MomentumLeftOut(),
        WeightDecayLeftOut(),
        BiasCorrectionLeftOut(),
        UpdateAdded(),
        WeightsSwapped(),
        RoundingOnly(),
    ]

    /// Ways of getting a value that are not mistakes: a value they explain is marked right.
    private let acceptable: [any SlipCheck] = [ReferenceRounding()]

    /// The first slip that explains the written value, if any; with `exactOnly`, the first that
    /// gives it exactly (rounding explains nothing of a value written too short to judge).
    func diagnose(_ context: DiagnosisContext, exactOnly: Bool = false) -> Diagnosis? {
        var context = context
        context.exactOnly = exactOnly
        for check in checks where !exactOnly || !(check is GivenMiscopied || check is RoundingOnly) {
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
