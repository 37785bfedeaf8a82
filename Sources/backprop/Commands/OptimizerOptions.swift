import BackpropCore

/// The optimizer flags `explain` and `train` share: `--optimizer` and each rule's
/// hyperparameters, with PyTorch's defaults.
enum OptimizerOptions {
    enum Name: String, CaseIterable { case sgd, momentum, adam }

    /// The flags; `epsilon` names the flag of Adam's ε, `--adam-epsilon` in every command
    /// (`explain`'s `--epsilon` is the gradient check's step).
    static func specs(epsilon: String) -> [OptionSpec] {
        [
            OptionSpec("--optimizer", value: "NAME", kind: .choices(Name.allCases.map(\.rawValue)), "sgd (default), momentum or adam"),
            OptionSpec("--momentum", value: "MU", "momentum's μ (default 0.9): v = μv + g, w -= ηv"),
            OptionSpec("--beta1", value: "X", "Adam's β1 (default 0.9)"),
            OptionSpec("--beta2", value: "X", "Adam's β2 (default 0.999)"),
            OptionSpec(epsilon, value: "X", "Adam's ε (default 1e-8)"),
        ]
    }

    /// The optimizer the flags ask for (sgd when none); a hyperparameter of another optimizer
    /// than the one chosen is a usage error.
    static func parse(_ arguments: ParsedArguments, epsilon: String, command: String) throws(UsageError) -> Optimizer {
        let name = try arguments.value("--optimizer").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--optimizer", as: Name.self)
        } ?? .sgd
        for (option, needs) in [("--momentum", Name.momentum), ("--beta1", .adam), ("--beta2", .adam), (epsilon, .adam)]
        where arguments.value(option) != nil && name != needs {
            throw UsageError("\(option) is for --optimizer \(needs.rawValue)", command: command)
        }
        func fraction(_ option: String, _ fallback: Double) throws(UsageError) -> Double {
            guard let text = arguments.value(option) else { return fallback }
            let value = try ValueParsing.number(text, option: option)
            guard value >= 0, value < 1 else { throw UsageError("\(option): \(text) is out of range (0 to below 1)") }
            return value
        }
        switch name {
        case .sgd:
            return .sgd
        case .momentum:
            return .momentum(try fraction("--momentum", Optimizer.defaultMomentum))
        case .adam:
            var epsilonValue = Optimizer.defaultEpsilon
            if let text = arguments.value(epsilon) {
                epsilonValue = try ValueParsing.number(text, option: epsilon)
                guard epsilonValue > 0, epsilonValue <= 1 else {
                    throw UsageError("\(epsilon): \(text) is out of range (above 0, at most 1)")
                }
            }
            return .adam(
                beta1: try fraction("--beta1", Optimizer.defaultBeta1), beta2: try fraction("--beta2", Optimizer.defaultBeta2),
                epsilon: epsilonValue
            )
        }
    }
}
