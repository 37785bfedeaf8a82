import BackpropCheck

/// The precision-floor flags of `worksheet`, `exercise`, `check` and `quiz`.
enum MarkingOptions {
    static let options: [OptionSpec] = [
        OptionSpec("--min-digits", value: "N", "values need at least N significant figures to count as right (default 3; exact values may be shorter)"),
        OptionSpec("--decimals", value: "N", "values need at least N decimals instead of --min-digits"),
        decimalCommaOption,
    ]

    static let decimalCommaOption = OptionSpec(
        "--decimal-comma", "read values written with a decimal comma (0,0821); a worksheet records it"
    )

    /// Whether values are written with a decimal comma.
    static func decimalComma(_ arguments: ParsedArguments) -> Bool {
        arguments.has(decimalCommaOption.name)
    }

    /// The rule the flags give, or nil when neither is given.
    static func rule(_ arguments: ParsedArguments, command: String) throws(UsageError) -> MarkingRule? {
        let figures = arguments.value("--min-digits")
        let decimals = arguments.value("--decimals")
        if figures != nil, decimals != nil {
            throw UsageError("--min-digits and --decimals are two rules: give one", command: command)
        }
        if let figures {
            return .significantFigures(
                try ValueParsing.integer(figures, option: "--min-digits", range: 1...MarkingRule.maximum)
            )
        }
        if let decimals {
            return .decimals(
                try ValueParsing.integer(decimals, option: "--decimals", range: 0...MarkingRule.maximum)
            )
        }
        return nil
    }

    /// The flags given, for the note that they override a worksheet's own rule.
    static func given(_ arguments: ParsedArguments) -> [String] {
        options.map(\.name).filter { arguments.value($0) != nil }
    }
}
