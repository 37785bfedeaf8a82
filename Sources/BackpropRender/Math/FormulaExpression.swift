import BackpropCore

/// Turns a term's formula into mathematics: with its operands' symbols, or with their values.
///
/// Reads the trace only: the values substituted are the operands' own recorded values.
package struct FormulaExpression: Sendable {
    /// The trace the formulas refer to.
    package let trace: Trace
    /// How substituted numbers are written.
    package let numbers: NumberFormat

    /// Whether a term of example k is written by its name, `net_h1[2]`, rather than with a
    /// superscript, net_h1⁽²⁾: for ASCII formulas that name their operands.
    package let examplesByName: Bool

    /// Expressions for `trace`'s formulas, numbers written with `numbers`.
    package init(trace: Trace, numbers: NumberFormat, examplesByName: Bool = false) {
        self.trace = trace
        self.numbers = numbers
        self.examplesByName = examplesByName
    }

    /// The symbol the term is known by: `net_{h1}`, `∂E_total/∂w5`.
    package func symbol(_ term: Term) -> MathExpression {
        MathExpression(examplesByName ? trace.naming.nameSymbol(term.id) : trace.symbol(of: term))
    }

    /// The term's value, formatted: a given as it was given (its shortest exact digits,
    /// whatever the format's decimals), and so a term equal to a given (∂net_h1/∂w1 = i1); a
    /// computed value rounded.
    package func value(_ term: Term) -> MathExpression {
        .number(text(term))
    }

    /// The term's value as text, as ``value(_:)`` writes it: for table cells.
    package func text(_ term: Term) -> String {
        text(term, numbers)
    }

    /// The formula with operand symbols: w_1·i_1 + w_2·i_2 + b_1·1.
    package func symbolic(_ term: Term) -> MathExpression {
        build(term.formula, step: { _ in .symbol(MathSymbol("h")) }) { symbol(trace.terms[$0]) }
    }

    /// The formula with operand values, 0.15·0.05 + 0.2·0.1 + 0.35·1, written so that it gives
    /// back the term's value as shown (see ``reproducing(_:value:)``). A gradient check's step h
    /// is written in full, whatever the digits.
    package func substituted(_ term: Term) -> MathExpression {
        substituted(term.formula, giving: term.value)
    }

    /// `formula` (over the trace's terms) with operand values, written so that it gives back
    /// `value` as shown: computed operands with the format's decimals, or with the fewest more
    /// that make the formula, evaluated from the operands as written, round to the value as
    /// written (at worst with every digit).
    package func substituted(_ formula: Formula, giving value: Double) -> MathExpression {
        let numbers = reproducing(formula, value: value)
        return build(formula, step: { .number(Self.exactly.string($0)) }) { .number(text(trace.terms[$0], numbers)) }
    }

    /// The formula with each operand (an index into the trace's terms) written by `operand`:
    /// for a formula's shape, or with values that are not the trace's.
    package func expression(_ term: Term, operand: (Int) -> MathExpression) -> MathExpression {
        build(term.formula, step: { _ in .symbol(MathSymbol("h")) }, operand: operand)
    }

    /// Every digit a short decimal like h = 0.00001 has.
    private static let exactly = NumberFormat(digits: NumberFormat.maximumDigits)

    /// symbol = formula = numbers = value, leaving out steps that would repeat the one before.
    package func derivation(_ term: Term) -> MathExpression {
        var chain = [symbol(term)]
        if case .given = term.formula {
            chain.append(value(term))
            return .equation(chain)
        }
        let formula = symbolic(term)
        let numbers = substituted(term)
        let result = value(term)
        // A term computed by a pass of its own (E_total(w5 + h)) is written as its own formula.
        if formula != chain[0] { chain.append(formula) }
        if numbers != formula { chain.append(numbers) }
        if result != numbers { chain.append(result) }
        return .equation(chain)
    }

    /// The format for the operands of `formula` such that evaluating it (``Formula/evaluate(_:)``,
    /// the engine's own arithmetic) from its operands as written gives `value` as written: the
    /// format's own when it does, else the first with more decimals that does, else the full
    /// precision (which gives the value back exactly).
    ///
    /// Why: at two decimals 0.15·0.05 + 0.2·0.1 + 0.35·1 written with rounded out_h values can
    /// add up to something that rounds differently from the net input shown; a reader checking
    /// it with a calculator would find a false equation.
    func reproducing(_ formula: Formula, value: Double) -> NumberFormat? {
        let shown = numbers.string(value)
        for digits in numbers.digits...NumberFormat.maximumDigits {
            let format = NumberFormat(digits: digits)
            let recomputed = formula.evaluate { index in
                let operand = trace.terms[index]
                return Double(text(operand, format)) ?? operand.value
            }
            guard let recomputed, numbers.string(recomputed) != shown else { return format }
        }
        return nil
    }

    /// A term's value as text: a given (or a term equal to one) exactly, a computed value in
    /// `numbers` (full precision when nil).
    private func text(_ term: Term, _ numbers: NumberFormat?) -> String {
        guard let numbers, !isGiven(term) else { return NumberFormat.exact(term.value) }
        return numbers.string(term.value)
    }

    /// Whether the term is a given, or equal to one (∂net/∂w = the input, ∂net/∂out = the weight).
    private func isGiven(_ term: Term) -> Bool {
        var given = term
        // Each operand precedes the term it feeds, so the chain ends.
        while case let .equal(operand) = given.formula { given = trace.terms[operand] }
        return given.formula == .given && !isCarriedOver(given)
    }

    /// Whether a given of the traced step is a parameter or an optimizer's state that the
    /// steps before it computed (in a step after the first): written like a computed value,
    /// since no one gave its seventeen digits.
    private func isCarriedOver(_ term: Term) -> Bool {
        guard trace.options.tracedStep > 1 else { return false }
        switch term.kind {
        case .weight, .bias, .velocity, .firstMoment, .secondMoment: return true
        default: return false
        }
    }

    private func build(
        _ formula: Formula, step: (Double) -> MathExpression, operand: (Int) -> MathExpression
    ) -> MathExpression {
        switch formula {
        case .given:
            return .text("given")
        case let .weightedSum(weights, inputs, bias):
            var products = zip(weights, inputs).map { MathExpression.product([operand($0), operand($1)]) }
            if let bias { products.append(.product([operand(bias), .number("1")])) }
            return .sum(products)
        case let .activation(activation, net):
            return Self.activation(activation, of: operand(net))
        case let .softmax(index, nets):
            return .fraction(
                .exponential(operand(nets[index])), .sum(nets.map { .exponential(operand($0)) })
            )
        case let .loss(loss, target, output, outputs):
            return Self.loss(loss, target: operand(target), output: operand(output), outputs: outputs)
        case let .sum(terms):
            // A sum of one term (the error of a single output) is that term, written once.
            return terms.count == 1 ? operand(terms[0]) : .sum(terms.map(operand))
        case let .product(terms):
            return .product(terms.map(operand))
        case let .dot(left, right):
            return .sum(zip(left, right).map { .product([operand($0), operand($1)]) })
        case let .lossSlope(loss, target, output, outputs):
            return Self.lossSlope(loss, target: operand(target), output: operand(output), outputs: outputs)
        case let .activationSlope(activation, net, output):
            switch activation {
            case .logistic, .softmax:
                return .product([operand(output), .parenthesized(.difference(.number("1"), operand(output)))])
            case .tanh:
                return .difference(.number("1"), .power(operand(output), .number("2")))
            case .relu:
                return .function("step", [operand(net)])
            case .linear:
                return .number("1")
            }
        case let .softmaxSlope(output, other, same):
            return same
                ? .product([operand(output), .parenthesized(.difference(.number("1"), operand(output)))])
                : .negation(.product([operand(output), operand(other)]))
        case let .equal(term):
            return operand(term)
        case let .biasGradient(deltas):
            return .sum(deltas.map { .product([operand($0), .number("1")]) })
        case let .reduction(reduction, terms):
            let sum = MathExpression.sum(terms.map(operand))
            switch reduction {
            case .sum: return sum
            case .mean: return .fraction(sum, .number(String(terms.count)))
            }
        case let .update(parameter, learningRate, gradient):
            return .difference(operand(parameter), .product([operand(learningRate), operand(gradient)]))
        case let .velocity(momentum, previous, gradient):
            return .sum([.product([operand(momentum), operand(previous)]), operand(gradient)])
        case let .decayedGradient(gradient, weightDecay, parameter):
            return .sum([operand(gradient), .product([operand(weightDecay), operand(parameter)])])
        case let .nesterovDirection(gradient, momentum, velocity):
            return .sum([operand(gradient), .product([operand(momentum), operand(velocity)])])
        case let .rmspropUpdate(parameter, learningRate, gradient, squareAverage, epsilon):
            let ratio = MathExpression.fraction(operand(gradient), .sum([.squareRoot(operand(squareAverage)), operand(epsilon)]))
            return .difference(operand(parameter), .product([operand(learningRate), ratio]))
        case let .movingAverage(beta, previous, gradient, squared):
            let share = MathExpression.parenthesized(.difference(.number("1"), operand(beta)))
            let value = squared ? MathExpression.power(operand(gradient), .number("2")) : operand(gradient)
            return .sum([.product([operand(beta), operand(previous)]), .product([share, value])])
        case let .biasCorrected(moment, beta, step):
            return .fraction(operand(moment), .difference(.number("1"), .power(operand(beta), .number(String(step)))))
        case let .adamUpdate(parameter, learningRate, first, second, epsilon):
            let ratio = MathExpression.fraction(operand(first), .sum([.squareRoot(operand(second)), operand(epsilon)]))
            return .difference(operand(parameter), .product([operand(learningRate), ratio]))
        case let .shiftedLoss(parameter, size, raised):
            let total = MathSymbol("E", subscript: "total")
            let shifted: MathExpression = raised
                ? .sum([operand(parameter), step(size)]) : .difference(operand(parameter), step(size))
            return .applied(total, [shifted])
        case let .centralDifference(raised, lowered, size):
            return .fraction(.difference(operand(raised), operand(lowered)), .product([.number("2"), step(size)]))
        }
    }

    /// One output's share of the loss, Eₒ, as textbooks write it: ½(target − out)², with the
    /// number of outputs `outputs` for the mean squared error.
    package static func loss(
        _ loss: Loss, target: MathExpression, output: MathExpression, outputs: Int
    ) -> MathExpression {
        let squared = MathExpression.power(.parenthesized(.difference(target, output)), .number("2"))
        switch loss {
        case .halfSquared:
            return .product([.half, squared])
        case .squared:
            return squared
        case .meanSquared:
            return .fraction(squared, .number(String(outputs)))
        case .crossEntropy:
            return .negation(.product([target, .function("ln", [output])]))
        case .binaryCrossEntropy:
            let one = MathExpression.number("1")
            return .negation(.parenthesized(.sum([
                .product([target, .function("ln", [output])]),
                .product([.parenthesized(.difference(one, target)), .function("ln", [.difference(one, output)])]),
            ])))
        }
    }

    /// ∂Eₒ/∂outₒ as textbooks write it: −(target − out).
    package static func lossSlope(
        _ loss: Loss, target: MathExpression, output: MathExpression, outputs: Int
    ) -> MathExpression {
        let difference = MathExpression.parenthesized(.difference(target, output))
        switch loss {
        case .halfSquared:
            return .negation(difference)
        case .squared:
            return .negation(.product([.number("2"), difference]))
        case .meanSquared:
            return .negation(.fraction(.product([.number("2"), difference]), .number(String(outputs))))
        case .crossEntropy:
            return .negation(.fraction(target, output))
        case .binaryCrossEntropy:
            return .fraction(
                .difference(output, target),
                .product([output, .parenthesized(.difference(.number("1"), output))])
            )
        }
    }

    /// f(x) for an activation, as textbooks write it (softmax: for output k of the layer).
    package static func activation(_ activation: Activation, of x: MathExpression) -> MathExpression {
        switch activation {
        case .logistic:
            return .fraction(.number("1"), .sum([.number("1"), .exponential(.negation(x))]))
        case .tanh:
            return .function("tanh", [x])
        case .relu:
            return .function("max", [.number("0"), x])
        case .linear:
            return x
        case .softmax:
            return .fraction(
                .exponential(x), .summation(over: "j", .exponential(.symbol(MathSymbol("net", subscript: "j"))))
            )
        }
    }
}
