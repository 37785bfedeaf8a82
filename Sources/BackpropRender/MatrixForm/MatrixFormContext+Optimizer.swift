import BackpropCore
import TemplateKit

/// The update equation of the matrix form under each optimizer: Wˡ⁺ = Wˡ − η·∂E/∂Wˡ, or the
/// optimizer's state matrices first (momentum's velocity Vˡ, Nesterov's direction Dˡ, RMSprop's
/// average Vˡ, Adam's moments Mˡ and Vˡ), after the gradient with weight decay Gˡ when λ ≠ 0.
extension MatrixFormContext {
    /// The matrix of parameter `base` (`W` or `b`) of `layer`, or a state of it.
    typealias Parameters = (_ kind: TermKind) -> TermMatrix

    /// The equations (each a chain of equal expressions) that update `parameter` (`W` or `b`) of
    /// `layer`: `parameters` gives the matrix of the parameter's terms of a kind (`.weight` or
    /// `.bias` for the parameter itself, `.updatedWeight` or `.updatedBias` for it after the
    /// step, the state kinds for its state).
    func updateChains(
        _ parameter: String, layer: Int, before: TermKind, after: TermKind, gradientKind: TermKind,
        _ parameters: Parameters
    ) -> [[MathExpression]] {
        var gradient = MathExpression.partial(Self.total, MathSymbol(parameter, superscript: String(layer)))
        var gradients = matrices.expression(parameters(gradientKind))
        let updated = matrices.expression(parameters(after))
        var chains: [[MathExpression]] = []
        if base.trace.options.weightDecay != 0 {
            let lambda = MathExpression.symbol(MathSymbol("lambda"))
            let decayed = matrices.expression(parameters(.decayedGradient))
            let symbol = Self.symbol(parameter, layer, updated: false)
            chains.append([
                Self.state("G", of: parameter, layer), .sum([gradient, .product([lambda, symbol])]),
                .sum([gradients, .product([matrices.value(TermID(.weightDecay, layer: 0)), matrices.expression(parameters(before))])]),
                decayed,
            ])
            gradient = Self.state("G", of: parameter, layer)
            gradients = decayed
        }
        return chains + optimizerChains(
            parameter, layer: layer, before: before, gradient: gradient, gradients: gradients, updated: updated,
            parameters
        )
    }

    private func optimizerChains(
        _ parameter: String, layer: Int, before: TermKind, gradient: MathExpression, gradients: MathExpression,
        updated: MathExpression, _ parameters: Parameters
    ) -> [[MathExpression]] {
        let eta = MathExpression.symbol(MathSymbol("eta"))
        let rate = matrices.value(.learningRate)
        func hyperparameter(_ kind: TermKind) -> MathExpression { matrices.value(TermID(kind, layer: 0)) }
        func symbol(_ name: String, updated: Bool = false) -> MathExpression { Self.symbol(name, layer, updated: updated) }
        func state(_ letter: String, updated: Bool = false) -> MathExpression {
            Self.state(letter, of: parameter, layer, updated: updated)
        }
        /// Momentum's and Nesterov's velocity: Vˡ⁺ = μ·Vˡ + ∂E/∂Wˡ.
        var velocityChain: [MathExpression] {
            [
                state("V", updated: true), .sum([.product([.symbol(MathSymbol("mu")), state("V")]), gradient]),
                .sum([.product([hyperparameter(.momentum), matrices.expression(parameters(.velocity))]), gradients]),
                matrices.expression(parameters(.updatedVelocity)),
            ]
        }
        switch base.trace.options.optimizer {
        case .sgd:
            return [[
                symbol(parameter, updated: true), .difference(symbol(parameter), .product([eta, gradient])),
                .difference(matrices.expression(parameters(before)), .product([rate, gradients])), updated,
            ]]
        case .momentum:
            let velocity = state("V", updated: true)
            return [
                velocityChain,
                [
                    symbol(parameter, updated: true), .difference(symbol(parameter), .product([eta, velocity])),
                    .difference(
                        matrices.expression(parameters(before)),
                        .product([rate, matrices.expression(parameters(.updatedVelocity))])
                    ),
                    updated,
                ],
            ]
        case .nesterov:
            let mu = MathExpression.symbol(MathSymbol("mu"))
            let velocity = state("V", updated: true)
            return [
                velocityChain,
                [
                    state("D"), .sum([gradient, .product([mu, velocity])]),
                    .sum([gradients, .product([hyperparameter(.momentum), matrices.expression(parameters(.updatedVelocity))])]),
                    matrices.expression(parameters(.nesterovDirection)),
                ],
                [
                    symbol(parameter, updated: true), .difference(symbol(parameter), .product([eta, state("D")])),
                    .difference(
                        matrices.expression(parameters(before)),
                        .product([rate, matrices.expression(parameters(.nesterovDirection))])
                    ),
                    updated,
                ],
            ]
        case .rmsprop:
            // RMSprop divides entry by entry; the division is written with symbols and its result.
            let one = MathExpression.number("1")
            let alpha = MathExpression.symbol(MathSymbol("alpha"))
            let average = state("V", updated: true)
            return [
                [average, .sum([.product([alpha, state("V")]), .product([.parenthesized(.difference(one, alpha)), .hadamard([gradient, gradient])])]),
                 matrices.expression(parameters(.updatedSecondMoment))],
                [
                    symbol(parameter, updated: true),
                    .difference(symbol(parameter), .product([eta, .fraction(gradient, .sum([.squareRoot(average), .symbol(MathSymbol("epsilon"))]))])),
                    updated,
                ],
            ]
        case .adam:
            // Adam works entry by entry; each state is written with its symbols and its result.
            let one = MathExpression.number("1")
            let beta1 = MathExpression.symbol(MathSymbol("beta", subscript: "1"))
            let beta2 = MathExpression.symbol(MathSymbol("beta", subscript: "2"))
            let t = MathExpression.number(String(base.trace.options.tracedStep))
            let first = state("M", updated: true), second = state("V", updated: true)
            let correctedFirst = state("Mhat"), correctedSecond = state("Vhat")
            return [
                [first, .sum([.product([beta1, state("M")]), .product([.parenthesized(.difference(one, beta1)), gradient])]),
                 matrices.expression(parameters(.updatedFirstMoment))],
                [second, .sum([.product([beta2, state("V")]), .product([.parenthesized(.difference(one, beta2)), .hadamard([gradient, gradient])])]),
                 matrices.expression(parameters(.updatedSecondMoment))],
                [correctedFirst, .fraction(first, .difference(one, .power(beta1, t))), matrices.expression(parameters(.correctedFirstMoment))],
                [correctedSecond, .fraction(second, .difference(one, .power(beta2, t))), matrices.expression(parameters(.correctedSecondMoment))],
                [
                    symbol(parameter, updated: true),
                    .difference(symbol(parameter), .product([eta, .fraction(correctedFirst, .sum([.squareRoot(correctedSecond), .symbol(MathSymbol("epsilon"))]))])),
                    updated,
                ],
            ]
        }
    }
}

extension MatrixFormContext {
    /// A state of parameter `parameter` (`W` or `b`) of `layer`: V_W², M̂_b¹, G_W².
    static func state(_ letter: String, of parameter: String, _ layer: Int, updated: Bool = false) -> MathExpression {
        .symbol(MathSymbol(letter, subscript: parameter, superscript: String(layer) + (updated ? "+" : "")))
    }

    /// The update rule for any layer l, with symbols only.
    func generalUpdate() -> [[MathExpression]] {
        func layer(_ base: String, _ superscript: String, subscript lowered: String? = nil) -> MathExpression {
            .symbol(MathSymbol(base, subscript: lowered, superscript: superscript))
        }
        let eta = MathExpression.symbol(MathSymbol("eta"))
        var gradient = MathExpression.partial(Self.total, MathSymbol("W", superscript: "l"))
        let one = MathExpression.number("1")
        var decay: [[MathExpression]] = []
        if base.trace.options.weightDecay != 0 {
            decay = [[layer("G", "l", subscript: "W"), .sum([gradient, .product([.symbol(MathSymbol("lambda")), layer("W", "l")])])]]
            gradient = layer("G", "l", subscript: "W")
        }
        switch base.trace.options.optimizer {
        case .sgd:
            return decay + [[layer("W", "l+"), .difference(layer("W", "l"), .product([eta, gradient]))]]
        case .momentum:
            return decay + [
                [layer("V", "l+", subscript: "W"), .sum([.product([.symbol(MathSymbol("mu")), layer("V", "l", subscript: "W")]), gradient])],
                [layer("W", "l+"), .difference(layer("W", "l"), .product([eta, layer("V", "l+", subscript: "W")]))],
            ]
        case .nesterov:
            let mu = MathExpression.symbol(MathSymbol("mu"))
            return decay + [
                [layer("V", "l+", subscript: "W"), .sum([.product([mu, layer("V", "l", subscript: "W")]), gradient])],
                [layer("D", "l", subscript: "W"), .sum([gradient, .product([mu, layer("V", "l+", subscript: "W")])])],
                [layer("W", "l+"), .difference(layer("W", "l"), .product([eta, layer("D", "l", subscript: "W")]))],
            ]
        case .rmsprop:
            let alpha = MathExpression.symbol(MathSymbol("alpha"))
            return decay + [
                [layer("V", "l+", subscript: "W"), .sum([.product([alpha, layer("V", "l", subscript: "W")]), .product([.parenthesized(.difference(one, alpha)), .hadamard([gradient, gradient])])])],
                [layer("W", "l+"), .difference(layer("W", "l"), .product([eta, .fraction(gradient, .sum([.squareRoot(layer("V", "l+", subscript: "W")), .symbol(MathSymbol("epsilon"))]))]))],
            ]
        case .adam:
            let beta1 = MathExpression.symbol(MathSymbol("beta", subscript: "1"))
            let beta2 = MathExpression.symbol(MathSymbol("beta", subscript: "2"))
            let t = MathExpression.symbol(MathSymbol("t"))
            return decay + [
                [layer("M", "l+", subscript: "W"), .sum([.product([beta1, layer("M", "l", subscript: "W")]), .product([.parenthesized(.difference(one, beta1)), gradient])])],
                [layer("V", "l+", subscript: "W"), .sum([.product([beta2, layer("V", "l", subscript: "W")]), .product([.parenthesized(.difference(one, beta2)), .hadamard([gradient, gradient])])])],
                [layer("Mhat", "l", subscript: "W"), .fraction(layer("M", "l+", subscript: "W"), .difference(one, .power(beta1, t)))],
                [layer("Vhat", "l", subscript: "W"), .fraction(layer("V", "l+", subscript: "W"), .difference(one, .power(beta2, t)))],
                [layer("W", "l+"), .difference(layer("W", "l"), .product([eta, .fraction(layer("Mhat", "l", subscript: "W"), .sum([.squareRoot(layer("Vhat", "l", subscript: "W")), .symbol(MathSymbol("epsilon"))]))]))],
            ]
        }
    }

    /// Display formulas one after the other, a blank line apart, as one template value.
    func joined(_ displays: [TemplateValue]) -> TemplateValue {
        .raw(displays.map { value -> String in
            if case let .raw(text) = value { return text }
            return ""
        }.joined(separator: "\n\n"))
    }
}
