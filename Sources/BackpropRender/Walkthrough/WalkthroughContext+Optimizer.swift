import BackpropCore
import TemplateKit

/// The optimizer: its rule in the conventions, and each update derived through its state.
extension WalkthroughContext {
    /// The kinds of state an update of this trace's optimizer derives before the parameter, in
    /// the order they are computed.
    var updateStateKinds: [TermKind] {
        let decay: [TermKind] = trace.options.weightDecay == 0 ? [] : [.decayedGradient]
        switch trace.options.optimizer {
        case .sgd: return decay
        case .momentum: return decay + [.updatedVelocity]
        case .nesterov: return decay + [.updatedVelocity, .nesterovDirection]
        case .rmsprop: return decay + [.updatedSecondMoment]
        case .adam: return decay + [.updatedFirstMoment, .updatedSecondMoment, .correctedFirstMoment, .correctedSecondMoment]
        }
    }

    /// The update of a parameter (`updated` is its `.updatedWeight` or `.updatedBias`): the
    /// optimizer's new state derived line by line, then the parameter after the step.
    func updateDerivation(_ updated: TermID) throws(MissingTermError) -> TemplateValue {
        var lines: [String] = []
        for kind in updateStateKinds {
            let state = TermID(kind, layer: updated.layer, neuron: updated.neuron, weight: updated.weight)
            lines.append(style.display(formulas.derivation(try term(state))))
        }
        lines.append(style.display(formulas.derivation(try term(updated))))
        return .raw(lines.joined(separator: style.displaySeparator))
    }

    /// `optimizer.*` for the templates (`docs/templates.md`).
    func optimizerValues() -> TemplateValue {
        let optimizer = trace.options.optimizer
        let weightDecay = trace.options.weightDecay
        let description = OptimizerDescription(optimizer: optimizer, weightDecay: weightDecay, style: style)
        return .object([
            "sgd": .bool(optimizer == .sgd && weightDecay == 0),
            "momentum": .bool(optimizer.name == "momentum"),
            "nesterov": .bool(optimizer.name == "nesterov"),
            "rmsprop": .bool(optimizer.name == "rmsprop"),
            "adam": .bool(optimizer.name == "adam"),
            "weightDecay": .bool(weightDecay != 0),
            "weightDecayValue": .raw(description.weightDecayValue),
            "decayRule": .raw(description.decayRule.map(style.display).joined(separator: style.displaySeparator)),
            "hyperparameters": .raw(description.hyperparameters),
            "pytorch": .raw(description.pytorch(learningRate: learningRate)),
            "mu": .raw(description.mu),
            "rules": .raw(description.rules.map(style.display).joined(separator: style.displaySeparator)),
        ])
    }

    /// What a given of the optimizer is, for the table of givens.
    func optimizerMeaning(of term: Term) -> String? {
        let parameter = term.weight == nil
            ? TermID(.bias, layer: term.layer, neuron: term.neuron)
            : TermID(.weight, layer: term.layer, neuron: term.neuron, weight: term.weight)
        let name = trace.naming.name(parameter)
        switch term.kind {
        case .momentum: return "momentum factor"
        case .beta1: return "decay of the gradients' average"
        case .beta2: return "decay of the squared gradients' average"
        case .adamEpsilon, .rmspropEpsilon: return "keeps the update's denominator above 0"
        case .alpha: return "decay of the squared gradients' average"
        case .weightDecay: return "weight decay: times the parameter, added to each gradient"
        case .velocity: return "velocity of \(name)"
        case .firstMoment: return "average gradient of \(name)"
        case .secondMoment: return "average squared gradient of \(name)"
        default: return nil
        }
    }
}
