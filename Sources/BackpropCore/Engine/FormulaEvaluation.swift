extension Formula {
    /// Computes the formula from values of the terms it names, with the engine's own functions.
    ///
    /// `value` gives the value to use for the term at an index of ``Trace/terms``; it is asked
    /// only for indices the formula names (for an activation's slope, both the net input and the
    /// output, whichever the activation needs). The operations and their order are the step's,
    /// so evaluating a term's formula from its operands' trace values gives back the term's value
    /// bit for bit, rounded as the step rounded it (`rounding`, from ``TrainingOptions``). `check`
    /// uses it to recompute a step from a student's own values, or with a slip applied.
    ///
    /// - Returns: the value, or nil for ``given``, which has nothing to compute from, and for
    ///   ``shiftedLoss``, which needs a forward pass of its own rather than its operands.
    public func evaluate(rounding: Rounding? = nil, _ value: (Int) -> Double) -> Double? {
        guard let exact = evaluateExactly(value) else { return nil }
        return rounding.map { $0.apply(exact) } ?? exact
    }

    private func evaluateExactly(_ value: (Int) -> Double) -> Double? {
        switch self {
        case .given, .shiftedLoss:
            return nil
        case let .weightedSum(weights, inputs, bias):
            var net = 0.0
            for (weight, input) in zip(weights, inputs) { net += value(weight) * value(input) }
            guard let bias else { return net }
            return net + value(bias)
        case let .activation(activation, net):
            return activation.value(value(net))
        case let .softmax(index, nets):
            return Activation.softmax(index, of: nets.lazy.map(value))
        case let .loss(loss, target, output, outputs):
            return loss.value(target: value(target), output: value(output), outputs: outputs)
        case let .sum(terms), let .biasGradient(terms):
            var total = 0.0
            for term in terms { total += value(term) }
            return total
        case let .product(terms):
            guard let first = terms.first else { return 1 }
            var product = value(first)
            for term in terms.dropFirst() { product *= value(term) }
            return product
        case let .dot(left, right):
            var total = 0.0
            for (a, b) in zip(left, right) { total += value(a) * value(b) }
            return total
        case let .lossSlope(loss, target, output, outputs):
            return loss.slope(target: value(target), output: value(output), outputs: outputs)
        case let .activationSlope(activation, net, output):
            return activation.slope(net: value(net), output: value(output))
        case let .softmaxSlope(output, other, same):
            return Activation.softmaxSlope(output: value(output), other: value(other), same: same)
        case let .equal(term):
            return value(term)
        case let .reduction(reduction, terms):
            var total = 0.0
            for term in terms { total += value(term) }
            return reduction.combine(total, count: terms.count)
        case let .update(parameter, learningRate, gradient):
            return GradientDescent.updated(
                value(parameter), learningRate: value(learningRate), gradient: value(gradient)
            )
        case let .velocity(momentum, previous, gradient):
            return Optimizer.velocity(momentum: value(momentum), previous: value(previous), gradient: value(gradient))
        case let .decayedGradient(gradient, weightDecay, parameter):
            return Optimizer.decayed(gradient: value(gradient), weightDecay: value(weightDecay), parameter: value(parameter))
        case let .nesterovDirection(gradient, momentum, velocity):
            return Optimizer.nesterovDirection(gradient: value(gradient), momentum: value(momentum), velocity: value(velocity))
        case let .rmspropUpdate(parameter, learningRate, gradient, squareAverage, epsilon):
            return Optimizer.rmspropUpdated(
                value(parameter), learningRate: value(learningRate), gradient: value(gradient),
                squareAverage: value(squareAverage), epsilon: value(epsilon)
            )
        case let .movingAverage(beta, previous, gradient, squared):
            return squared
                ? Optimizer.secondMoment(beta2: value(beta), previous: value(previous), gradient: value(gradient))
                : Optimizer.firstMoment(beta1: value(beta), previous: value(previous), gradient: value(gradient))
        case let .biasCorrected(moment, beta, step):
            return Optimizer.corrected(value(moment), correction: Optimizer.correction(beta: value(beta), step: step))
        case let .adamUpdate(parameter, learningRate, first, second, epsilon):
            return Optimizer.adamUpdated(
                value(parameter), learningRate: value(learningRate), firstMoment: value(first),
                secondMoment: value(second), epsilon: value(epsilon)
            )
        case let .centralDifference(raised, lowered, step):
            return FiniteDifference.central(raised: value(raised), lowered: value(lowered), step: step)
        }
    }
}

extension Reduction {
    /// The batch's value from the sum of its `count` examples' values.
    @inlinable
    public func combine(_ total: Double, count: Int) -> Double {
        switch self {
        case .sum: return total
        case .mean: return total / Double(count)
        }
    }
}
