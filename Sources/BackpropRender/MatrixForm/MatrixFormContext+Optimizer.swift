import BackpropCore
import TemplateKit

/// The update equation of the matrix form under each optimizer: Wˡ⁺ = Wˡ − η·∂E/∂Wˡ, or the
/// optimizer's state matrices first (momentum's velocity Vˡ, Adam's moments Mˡ and Vˡ).
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
        let eta = MathExpression.symbol(MathSymbol("eta"))
        let rate = matrices.value(.learningRate)
        let gradient = MathExpression.partial(Self.total, MathSymbol(parameter, superscript: String(layer)))
        let gradients = matrices.expression(parameters(gradientKind))
        func hyperparameter(_ kind: TermKind) -> MathExpression { matrices.value(TermID(kind, layer: 0)) }
        func symbol(_ name: String, updated: Bool = false) -> MathExpression { Self.symbol(name, layer, updated: updated) }
        /// A state of the parameter: V_W², M̂_b¹.
        func state(_ letter: String, updated: Bool = false) -> MathExpression {
            .symbol(MathSymbol(letter, subscript: parameter, superscript: String(layer) + (updated ? "+" : "")))
        }
        let updated = matrices.expression(parameters(after))
        switch base.trace.options.optimizer {
        case .sgd:
            return [[
                symbol(parameter, updated: true), .difference(symbol(parameter), .product([eta, gradient])),
                .difference(matrices.expression(parameters(before)), .product([rate, gradients])), updated,
            ]]
        case .momentum:
            let mu = MathExpression.symbol(MathSymbol("mu"))
            let velocity = state("V", updated: true)
            return [
                [
                    velocity, .sum([.product([mu, state("V")]), gradient]),
                    .sum([.product([hyperparameter(.momentum), matrices.expression(parameters(.velocity))]), gradients]),
                    matrices.expression(parameters(.updatedVelocity)),
                ],
                [
                    symbol(parameter, updated: true), .difference(symbol(parameter), .product([eta, velocity])),
                    .difference(
                        matrices.expression(parameters(before)),
                        .product([rate, matrices.expression(parameters(.updatedVelocity))])
                    ),
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
    /// The update rule for any layer l, with symbols only.
    func generalUpdate() -> [[MathExpression]] {
        func layer(_ base: String, _ superscript: String, subscript lowered: String? = nil) -> MathExpression {
            .symbol(MathSymbol(base, subscript: lowered, superscript: superscript))
        }
        let eta = MathExpression.symbol(MathSymbol("eta"))
        let gradient = MathExpression.partial(Self.total, MathSymbol("W", superscript: "l"))
        let one = MathExpression.number("1")
        switch base.trace.options.optimizer {
        case .sgd:
            return [[layer("W", "l+"), .difference(layer("W", "l"), .product([eta, gradient]))]]
        case .momentum:
            return [
                [layer("V", "l+", subscript: "W"), .sum([.product([.symbol(MathSymbol("mu")), layer("V", "l", subscript: "W")]), gradient])],
                [layer("W", "l+"), .difference(layer("W", "l"), .product([eta, layer("V", "l+", subscript: "W")]))],
            ]
        case .adam:
            let beta1 = MathExpression.symbol(MathSymbol("beta", subscript: "1"))
            let beta2 = MathExpression.symbol(MathSymbol("beta", subscript: "2"))
            let t = MathExpression.symbol(MathSymbol("t"))
            return [
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
