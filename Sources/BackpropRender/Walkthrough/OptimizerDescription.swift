import BackpropCore

/// The words and formulas that describe an optimizer in a walkthrough: its hyperparameters,
/// its PyTorch equivalent and its update rule with symbols (never with numbers: those come
/// from the trace's terms).
struct OptimizerDescription {
    let optimizer: Optimizer
    /// The L2 weight decay λ (0 for none).
    var weightDecay = 0.0
    let style: DocumentStyle

    /// `μ = 0.9`, or `β₁ = 0.9, β₂ = 0.999, ε = 0.00000001`, as inline math; empty for SGD.
    var hyperparameters: String {
        let values: [(MathSymbol, Double)]
        switch optimizer {
        case .sgd: return ""
        case let .momentum(mu), let .nesterov(mu): values = [(Self.mu, mu)]
        case let .rmsprop(alpha, epsilon): values = [(Self.alpha, alpha), (Self.epsilon, epsilon)]
        case let .adam(beta1, beta2, epsilon):
            values = [(Self.beta1, beta1), (Self.beta2, beta2), (Self.epsilon, epsilon)]
        }
        return values.map { symbol, value in
            style.inline(.equation([.symbol(symbol), .number(NumberFormat.exact(value))]))
        }.joined(separator: ", ")
    }

    /// μ as inline math (empty unless momentum).
    var mu: String {
        switch optimizer {
        case .momentum, .nesterov: return style.inline(.symbol(Self.mu))
        default: return ""
        }
    }

    /// `λ = 0.01` as inline math (empty without weight decay).
    var weightDecayValue: String {
        guard weightDecay != 0 else { return "" }
        return style.inline(.equation([.symbol(Self.lambda), .number(NumberFormat.exact(weightDecay))]))
    }

    /// The gradient with weight decay, g = ∂E_total/∂w + λ·w, and, for plain gradient descent
    /// (which has no rules of its own to show it in), the update with g; empty without decay.
    var decayRule: [MathExpression] {
        guard weightDecay != 0 else { return [] }
        let w = MathSymbol("w")
        let decayed = MathExpression.equation([
            .symbol(MathSymbol("g")),
            .sum([.partial(MathSymbol("E", subscript: "total"), w), .product([.symbol(Self.lambda), .symbol(w)])]),
        ])
        guard optimizer == .sgd else { return [decayed] }
        return [decayed, .equation([
            .symbol(MathSymbol("w", superscript: "+")),
            .difference(.symbol(w), .product([.symbol(MathSymbol("eta")), .symbol(MathSymbol("g"))])),
        ])]
    }

    /// The optimizer in PyTorch, as code: `torch.optim.SGD(params, lr=0.5, momentum=0.9)`.
    func pytorch(learningRate: Double) -> String {
        let rate = "lr=" + NumberFormat.exact(learningRate)
        let decay = weightDecay == 0 ? "" : ", weight_decay=" + NumberFormat.exact(weightDecay)
        switch optimizer {
        case .sgd:
            return style.codeSpan("torch.optim.SGD(params, \(rate)\(decay))")
        case let .momentum(mu):
            return style.codeSpan("torch.optim.SGD(params, \(rate), momentum=\(NumberFormat.exact(mu))\(decay))")
        case let .nesterov(mu):
            return style.codeSpan("torch.optim.SGD(params, \(rate), momentum=\(NumberFormat.exact(mu)), nesterov=True\(decay))")
        case let .rmsprop(alpha, epsilon):
            return style.codeSpan(
                "torch.optim.RMSprop(params, \(rate), alpha=\(NumberFormat.exact(alpha)), eps=\(NumberFormat.exact(epsilon))\(decay))"
            )
        case let .adam(beta1, beta2, epsilon):
            let betas = "betas=(\(NumberFormat.exact(beta1)), \(NumberFormat.exact(beta2)))"
            return style.codeSpan("torch.optim.Adam(params, \(rate), \(betas), eps=\(NumberFormat.exact(epsilon))\(decay))")
        }
    }

    /// The rule of one step for a weight w, one equation per line; with weight decay, g stands
    /// for the gradient (``decayRule``).
    var rules: [MathExpression] {
        let w = MathSymbol("w")
        let gradient = weightDecay == 0
            ? MathExpression.partial(MathSymbol("E", subscript: "total"), w) : .symbol(MathSymbol("g"))
        let eta = MathExpression.symbol(MathSymbol("eta"))
        func symbol(_ base: String, updated: Bool = false) -> MathExpression {
            .symbol(MathSymbol(base, superscript: updated ? "+" : nil))
        }
        let one = MathExpression.number("1")
        switch optimizer {
        case .sgd:
            return [.equation([symbol("w", updated: true), .difference(.symbol(w), .product([eta, gradient]))])]
        case .momentum:
            return [
                .equation([symbol("v", updated: true), .sum([.product([.symbol(Self.mu), symbol("v")]), gradient])]),
                .equation([symbol("w", updated: true), .difference(.symbol(w), .product([eta, symbol("v", updated: true)]))]),
            ]
        case .nesterov:
            return [
                .equation([symbol("v", updated: true), .sum([.product([.symbol(Self.mu), symbol("v")]), gradient])]),
                .equation([symbol("d"), .sum([gradient, .product([.symbol(Self.mu), symbol("v", updated: true)])])]),
                .equation([symbol("w", updated: true), .difference(.symbol(w), .product([eta, symbol("d")]))]),
            ]
        case .rmsprop:
            return [
                .equation([
                    symbol("v", updated: true),
                    .sum([
                        .product([.symbol(Self.alpha), symbol("v")]),
                        .product([.parenthesized(.difference(one, .symbol(Self.alpha))), .power(gradient, .number("2"))]),
                    ]),
                ]),
                .equation([
                    symbol("w", updated: true),
                    .difference(.symbol(w), .product([eta, .fraction(gradient, .sum([.squareRoot(symbol("v", updated: true)), .symbol(Self.epsilon)]))])),
                ]),
            ]
        case .adam:
            let t = MathExpression.symbol(MathSymbol("t"))
            func average(_ base: String, _ beta: MathSymbol, _ value: MathExpression) -> MathExpression {
                .equation([
                    symbol(base, updated: true),
                    .sum([.product([.symbol(beta), symbol(base)]), .product([.parenthesized(.difference(one, .symbol(beta))), value])]),
                ])
            }
            func corrected(_ base: String, _ beta: MathSymbol) -> MathExpression {
                .equation([symbol(base + "hat"), .fraction(symbol(base, updated: true), .difference(one, .power(.symbol(beta), t)))])
            }
            return [
                average("m", Self.beta1, gradient),
                average("v", Self.beta2, .power(gradient, .number("2"))),
                corrected("m", Self.beta1),
                corrected("v", Self.beta2),
                .equation([
                    symbol("w", updated: true),
                    .difference(.symbol(w), .product([eta, .fraction(symbol("mhat"), .sum([.squareRoot(symbol("vhat")), .symbol(Self.epsilon)]))])),
                ]),
            ]
        }
    }

    private static let mu = MathSymbol("mu")
    private static let beta1 = MathSymbol("beta", subscript: "1")
    private static let beta2 = MathSymbol("beta", subscript: "2")
    private static let epsilon = MathSymbol("epsilon")
    private static let alpha = MathSymbol("alpha")
    private static let lambda = MathSymbol("lambda")
}
