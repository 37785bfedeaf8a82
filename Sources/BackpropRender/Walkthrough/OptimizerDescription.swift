import BackpropCore

/// The words and formulas that describe an optimizer in a walkthrough: its hyperparameters,
/// its PyTorch equivalent and its update rule with symbols (never with numbers: those come
/// from the trace's terms).
struct OptimizerDescription {
    let optimizer: Optimizer
    let style: DocumentStyle

    /// `μ = 0.9`, or `β₁ = 0.9, β₂ = 0.999, ε = 0.00000001`, as inline math; empty for SGD.
    var hyperparameters: String {
        let values: [(MathSymbol, Double)]
        switch optimizer {
        case .sgd: return ""
        case let .momentum(mu): values = [(Self.mu, mu)]
        case let .adam(beta1, beta2, epsilon):
            values = [(Self.beta1, beta1), (Self.beta2, beta2), (Self.epsilon, epsilon)]
        }
        return values.map { symbol, value in
            style.inline(.equation([.symbol(symbol), .number(NumberFormat.exact(value))]))
        }.joined(separator: ", ")
    }

    /// μ as inline math (empty unless momentum).
    var mu: String {
        guard case .momentum = optimizer else { return "" }
        return style.inline(.symbol(Self.mu))
    }

    /// The optimizer in PyTorch, as code: `torch.optim.SGD(params, lr=0.5, momentum=0.9)`.
    func pytorch(learningRate: Double) -> String {
        let rate = "lr=" + NumberFormat.exact(learningRate)
        switch optimizer {
        case .sgd:
            return style.codeSpan("torch.optim.SGD(params, \(rate))")
        case let .momentum(mu):
            return style.codeSpan("torch.optim.SGD(params, \(rate), momentum=\(NumberFormat.exact(mu)))")
        case let .adam(beta1, beta2, epsilon):
            let betas = "betas=(\(NumberFormat.exact(beta1)), \(NumberFormat.exact(beta2)))"
            return style.codeSpan("torch.optim.Adam(params, \(rate), \(betas), eps=\(NumberFormat.exact(epsilon)))")
        }
    }

    /// The rule of one step for a weight w, one equation per line.
    var rules: [MathExpression] {
        let w = MathSymbol("w")
        let gradient = MathExpression.partial(MathSymbol("E", subscript: "total"), w)
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
}
