/// How a term of the trace was computed, with its operands as indices into ``Trace/terms``.
///
/// Renderers write a formula out symbolically and with its operands' values substituted; they
/// never evaluate it. Every operand precedes the term it feeds.
public enum Formula: Sendable, Equatable {
    /// A given value: an input, target, initial weight or bias, or the learning rate.
    case given
    /// net = Σ wᵢ·xᵢ + b·1 (no bias term in a network without biases).
    case weightedSum(weights: [Int], inputs: [Int], bias: Int?)
    /// out = f(net).
    case activation(Activation, net: Int)
    /// outₖ = e^(netₖ) / Σⱼ e^(netⱼ): output `index` of the softmax of `nets`.
    case softmax(index: Int, nets: [Int])
    /// Eₒ: one output's share of the loss, in a network of `outputs` output neurons.
    case loss(Loss, target: Int, output: Int, outputs: Int)
    /// The sum of the operands.
    case sum([Int])
    /// The product of the operands, left to right.
    case product([Int])
    /// Σᵢ leftᵢ·rightᵢ: δⱼ of a softmax layer, Σₖ ∂E/∂outₖ · ∂outₖ/∂netⱼ.
    case dot(left: [Int], right: [Int])
    /// ∂E/∂outₒ of the loss.
    case lossSlope(Loss, target: Int, output: Int, outputs: Int)
    /// ∂out/∂net: out(1 − out), 1 − out², a step, or 1, by activation.
    case activationSlope(Activation, net: Int, output: Int)
    /// ∂outₖ/∂netⱼ of softmax = outₖ(δₖⱼ − outⱼ): `output` is outₖ, `other` outⱼ, `same` k = j.
    case softmaxSlope(output: Int, other: Int, same: Bool)
    /// Equal to another term: ∂net_o1/∂w5 = out_h1, ∂net_o1/∂out_h1 = w5, ∂E_o1/∂net_o1 = δ_o1.
    case equal(Int)
    /// ∂E_total/∂b = Σ δ·1 over the neurons the bias feeds (one δ for a neuron's own bias).
    case biasGradient(deltas: [Int])
    /// The batch's value from each example's: their mean or their sum.
    case reduction(Reduction, [Int])
    /// p⁺ = p − η·∂E_total/∂p.
    case update(parameter: Int, learningRate: Int, gradient: Int)
    /// The gradient with weight decay: g = ∂E_total/∂p + λ·p.
    case decayedGradient(gradient: Int, weightDecay: Int, parameter: Int)
    /// Nesterov's direction: d = g + μ·v⁺ (`velocity` is v⁺).
    case nesterovDirection(gradient: Int, momentum: Int, velocity: Int)
    /// RMSprop's update: p⁺ = p − η·g/(√v⁺ + ε) (`squareAverage` is v⁺).
    case rmspropUpdate(parameter: Int, learningRate: Int, gradient: Int, squareAverage: Int, epsilon: Int)
    /// Momentum's velocity after the step: v⁺ = μ·v + g (`gradient` is ∂E_total/∂p).
    case velocity(momentum: Int, previous: Int, gradient: Int)
    /// One of Adam's moments after the step, a moving average: m⁺ = β₁·m + (1 − β₁)·g, or,
    /// `squared`, v⁺ = β₂·v + (1 − β₂)·g² (RMSprop's, with α for β₂).
    case movingAverage(beta: Int, previous: Int, gradient: Int, squared: Bool)
    /// A moment corrected for its start at 0 after step `step` (from 1): m̂ = m⁺/(1 − β₁ᵗ).
    case biasCorrected(moment: Int, beta: Int, step: Int)
    /// Adam's update: p⁺ = p − η·m̂/(√v̂ + ε).
    case adamUpdate(parameter: Int, learningRate: Int, firstMoment: Int, secondMoment: Int, epsilon: Int)
    /// E_total from a forward pass of its own with `parameter` moved by `step` (up when
    /// `raised`, down otherwise), every other given unchanged: E_total(w5 + h).
    case shiftedLoss(parameter: Int, step: Double, raised: Bool)
    /// The central difference (E(p + h) − E(p − h)) / 2h, with `step` = h.
    case centralDifference(raised: Int, lowered: Int, step: Double)

    /// The terms this one was computed from, in the order the formula names them.
    public var operands: [Int] {
        switch self {
        case .given: return []
        case let .weightedSum(weights, inputs, bias):
            var all: [Int] = []
            all.reserveCapacity(2 * weights.count + 1)
            for (weight, input) in zip(weights, inputs) { all.append(weight); all.append(input) }
            if let bias { all.append(bias) }
            return all
        case let .activation(_, net): return [net]
        case let .softmax(_, nets): return nets
        case let .loss(_, target, output, _), let .lossSlope(_, target, output, _):
            return [target, output]
        case let .sum(terms), let .product(terms), let .biasGradient(terms), let .reduction(_, terms):
            return terms
        case let .dot(left, right):
            var all: [Int] = []
            all.reserveCapacity(2 * left.count)
            for (a, b) in zip(left, right) { all.append(a); all.append(b) }
            return all
        case let .activationSlope(activation, net, output):
            switch activation {
            case .logistic, .tanh, .softmax: return [output]
            case .relu: return [net]
            case .linear: return []
            }
        case let .softmaxSlope(output, other, same): return same ? [output] : [output, other]
        case let .equal(term): return [term]
        case let .update(parameter, learningRate, gradient): return [parameter, learningRate, gradient]
        case let .velocity(momentum, previous, gradient): return [momentum, previous, gradient]
        case let .decayedGradient(gradient, weightDecay, parameter): return [gradient, weightDecay, parameter]
        case let .nesterovDirection(gradient, momentum, velocity): return [gradient, momentum, velocity]
        case let .rmspropUpdate(parameter, learningRate, gradient, squareAverage, epsilon):
            return [parameter, learningRate, gradient, squareAverage, epsilon]
        case let .movingAverage(beta, previous, gradient, _): return [beta, previous, gradient]
        case let .biasCorrected(moment, beta, _): return [moment, beta]
        case let .adamUpdate(parameter, learningRate, first, second, epsilon):
            return [parameter, learningRate, first, second, epsilon]
        case let .shiftedLoss(parameter, _, _): return [parameter]
        case let .centralDifference(raised, lowered, _): return [raised, lowered]
        }
    }
}
