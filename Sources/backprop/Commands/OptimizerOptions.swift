import BackpropCore
import BackpropRender

/// The optimizer flags `explain` and `train` share: `--optimizer`, each rule's hyperparameters
/// and `--weight-decay`, with PyTorch's defaults.
enum OptimizerOptions {
    enum Name: String, CaseIterable { case sgd, momentum, rmsprop, adam }

    /// The flags; `epsilon` names the flag of Adam's and RMSprop's ε, `--adam-epsilon` in every
    /// command (`explain`'s `--epsilon` is the gradient check's step).
    static func specs(epsilon: String) -> [OptionSpec] {
        [
            OptionSpec("--optimizer", value: "NAME", kind: .choices(Name.allCases.map(\.rawValue)), "sgd (default), momentum, rmsprop or adam"),
            OptionSpec("--momentum", value: "MU", "momentum's μ (default 0.9): v = μv + g, w -= ηv"),
            OptionSpec("--nesterov", "with --optimizer momentum: Nesterov's momentum, w -= η(g + μv) (PyTorch's nesterov=True)"),
            OptionSpec("--alpha", value: "X", "RMSprop's smoothing constant α (default 0.99): v = αv + (1 − α)g², w -= ηg/(√v + ε)"),
            OptionSpec("--beta1", value: "X", "Adam's β1 (default 0.9)"),
            OptionSpec("--beta2", value: "X", "Adam's β2 (default 0.999)"),
            OptionSpec(epsilon, value: "X", "Adam's and RMSprop's ε (default 1e-8)"),
            OptionSpec("--weight-decay", value: "λ", "L2 weight decay: λ·w is added to each gradient, as PyTorch's weight_decay (default 0, at most 1)"),
        ]
    }

    /// The optimizer the flags ask for (sgd when none); a hyperparameter of another optimizer
    /// than the one chosen is a usage error.
    static func parse(_ arguments: ParsedArguments, epsilon: String, command: String) throws(UsageError) -> Optimizer {
        let name = try arguments.value("--optimizer").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--optimizer", as: Name.self)
        } ?? .sgd
        let belongs: [(String, [Name])] = [
            ("--momentum", [.momentum]), ("--alpha", [.rmsprop]), ("--beta1", [.adam]), ("--beta2", [.adam]),
            (epsilon, [.rmsprop, .adam]),
        ]
        for (option, owners) in belongs where arguments.value(option) != nil && !owners.contains(name) {
            throw UsageError("\(option) is for --optimizer \(owners.map(\.rawValue).joined(separator: " or "))", command: command)
        }
        if arguments.has("--nesterov"), name != .momentum {
            throw UsageError("--nesterov is for --optimizer momentum", command: command)
        }
        func fraction(_ option: String, _ fallback: Double) throws(UsageError) -> Double {
            guard let text = arguments.value(option) else { return fallback }
            let value = try ValueParsing.number(text, option: option)
            guard value >= 0, value < 1 else { throw UsageError("\(option): \(text) is out of range (0 to below 1)") }
            return value
        }
        func epsilonValue() throws(UsageError) -> Double {
            guard let text = arguments.value(epsilon) else { return Optimizer.defaultEpsilon }
            let value = try ValueParsing.number(text, option: epsilon)
            guard value > 0, value <= 1 else {
                throw UsageError("\(epsilon): \(text) is out of range (above 0, at most 1)")
            }
            return value
        }
        switch name {
        case .sgd:
            return .sgd
        case .momentum:
            let mu = try fraction("--momentum", Optimizer.defaultMomentum)
            return arguments.has("--nesterov") ? .nesterov(mu) : .momentum(mu)
        case .rmsprop:
            return .rmsprop(alpha: try fraction("--alpha", Optimizer.defaultAlpha), epsilon: try epsilonValue())
        case .adam:
            return .adam(
                beta1: try fraction("--beta1", Optimizer.defaultBeta1), beta2: try fraction("--beta2", Optimizer.defaultBeta2),
                epsilon: try epsilonValue()
            )
        }
    }

    /// `--weight-decay`'s λ, or nil when it is not given.
    static func weightDecay(_ arguments: ParsedArguments) throws(UsageError) -> Double? {
        guard let text = arguments.value("--weight-decay") else { return nil }
        let value = try ValueParsing.number(text, option: "--weight-decay")
        guard value >= 0, value <= TrainingOptions.maximumWeightDecay else {
            throw UsageError("--weight-decay: \(text) is out of range (0 to \(NumberFormat.exact(TrainingOptions.maximumWeightDecay)))")
        }
        return value
    }

    /// The flags that give `optimizer` and `weightDecay`, for a reader to repeat; `epsilon`
    /// names ε's flag. Hyperparameters at their defaults are left out.
    static func flags(_ optimizer: Optimizer, weightDecay: Double, epsilon: String) -> [String] {
        var flags: [String] = []
        func add(_ option: String, _ value: Double, unless fallback: Double) {
            if value != fallback { flags.append(option + " " + NumberFormat.exact(value)) }
        }
        switch optimizer {
        case .sgd:
            break
        case let .momentum(mu), let .nesterov(mu):
            flags.append("--optimizer momentum")
            if case .nesterov = optimizer { flags.append("--nesterov") }
            add("--momentum", mu, unless: Optimizer.defaultMomentum)
        case let .rmsprop(alpha, epsilonValue):
            flags.append("--optimizer rmsprop")
            add("--alpha", alpha, unless: Optimizer.defaultAlpha)
            add(epsilon, epsilonValue, unless: Optimizer.defaultEpsilon)
        case let .adam(beta1, beta2, epsilonValue):
            flags.append("--optimizer adam")
            add("--beta1", beta1, unless: Optimizer.defaultBeta1)
            add("--beta2", beta2, unless: Optimizer.defaultBeta2)
            add(epsilon, epsilonValue, unless: Optimizer.defaultEpsilon)
        }
        add("--weight-decay", weightDecay, unless: 0)
        return flags
    }
}
