import BackpropCheck
import BackpropCore
import BackpropRender

/// One or two sentences for the student that name the slip of a diagnosis in the terms of the
/// step. They name terms and never print numbers (the report formats those).
package struct DiagnosisText {
    let trace: Trace
    let options: OptionNames

    /// Sentences about the terms of `trace`, naming options as `options` spells them.
    package init(trace: Trace, options: OptionNames) {
        self.trace = trace
        self.options = options
    }

    /// The sentence for `diagnosis` of the mistaken term `index`.
    package func sentence(_ diagnosis: Diagnosis, mistake index: Int) -> String {
        let name = self.name(index)
        switch diagnosis.detail {
        case .givenMiscopied:
            return "\(name) is a given, and your value is not the network's. If your exercise uses "
                + "other numbers, give them to check (\(options.networkValues))."
        case let .flippedSign(parts?):
            let (t, o) = (self.name(parts.target), self.name(parts.output))
            return "The sign is flipped: \(name) = -(\(t) - \(o)) = \(o) - \(t), and your value "
                + "is \(t) - \(o)."
        case .flippedSign(nil):
            return "The sign of \(name) is flipped. Its minus sign comes from dE_total/dout = "
                + "-(target - out) at the output layer; some texts define delta with the opposite "
                + "sign, but here delta = dE_total/dnet."
        case let .missingActivationSlope(slope):
            return "The factor \(self.name(slope))\(slopeShape(slope)) is missing from \(name): the "
                + "chain rule passes through the activation, so its slope multiplies in."
        case let .netForOut(nets, outputs):
            let (was, belongs) = nets.count == 1 ? ("was", "belongs") : ("were", "belong")
            return "\(names(nets)) \(was) used where \(names(outputs)) \(belongs) in \(name): what a "
                + "neuron passes on (and what its slope and the error are written in) is its output "
                + "out = f(net), not its net input."
        case let .slopeAtOutput(output):
            let o = self.name(output)
            var slope = "f(net)(1 - f(net))"
            if case .activationSlope(.tanh, _, _) = trace.terms[index].formula { slope = "1 - f(net)^2" }
            return "\(name) was computed at \(o) instead of at the net input: f'(net) = \(slope) "
                + "is already written with \(o) = f(net), so use \(o) itself, not f(\(o))."
        case let .outForNet(output, net):
            return "\(self.name(output)) was used where \(self.name(net)) belongs in \(name)."
        case let .biasLeftOut(bias):
            return "The bias was left out: \(name) is the weighted sum of its inputs plus "
                + "\(self.name(bias))*1."
        case .halfDropped(inSlope: true):
            return "Your value is twice \(name), as if E had no 1/2: with E = 1/2*(target - out)^2 "
                + "the 2 from the square cancels the 1/2, so dE/dout = -(target - out)."
        case .halfDropped(inSlope: false):
            return "The 1/2 was dropped: each output's error is E = 1/2*(target - out)^2, and your "
                + "\(name) is twice that."
        case .halfKept(inSlope: true):
            return "Your value is half \(name), as if E had a 1/2: with E = (target - out)^2 the 2 from "
                + "the square stays, so dE/dout = -2(target - out)."
        case .halfKept(inSlope: false):
            return "A 1/2 was kept that this loss does not have: each output's error is (target - out)^2 "
                + "here, and your \(name) is half that."
        case let .softmaxCrossTermsDropped(diagonal):
            return "Only the diagonal term of the softmax Jacobian (\(self.name(diagonal))) was used for "
                + "\(name): every output depends on this net input, so the delta sums "
                + "dE_total/dout_k * dout_k/dnet over every output k."
        case let .shortcutTimesSlope(slope):
            return "\(name) is out - target times \(self.name(slope)): with this loss and output the "
                + "activation's slope has already cancelled, so the delta is out - target alone."
        case let .otherReduction(used, examples):
            let (wrote, belongs): (Reduction, Reduction) = used == .sum ? (.sum, .mean) : (.mean, .sum)
            return "\(name) is the \(wrote.rawValue) over the \(examples) examples of the batch; this "
                + "batch takes their \(belongs.rawValue) (\(options.option(.reduction(belongs))))."
        case .otherOrdering(checked: .original):
            return "\(name) was computed with the updated output weights (w+), but the hidden layer "
                + "uses the weights as they were before this step. (If your course updates first, "
                + "check with \(options.option(.hiddenUsesUpdated)).)"
        case .otherOrdering(checked: .updated):
            return "\(name) was computed with the original output weights, but this check follows "
                + "\(options.option(.hiddenUsesUpdated)), where the hidden layer uses the already "
                + "updated weights (w+). (Leave the option out to check the original ordering.)"
        case let .learningRateLeftOut(parameter, learningRate, gradient):
            return "The learning rate was left out: \(name) = "
                + "\(self.name(parameter)) - \(self.name(learningRate))*\(self.name(gradient))."
        case let .updateAdded(parameter, learningRate, gradient):
            return "The update was added instead of subtracted: \(name) = \(self.name(parameter)) - "
                + "\(self.name(learningRate))*\(self.name(gradient)); gradient descent steps against "
                + "the gradient."
        case let .updateForgotten(parameter):
            return "The update was forgotten: your value is \(self.name(parameter)) itself, but "
                + "\(name) is \(self.name(parameter)) after this step's update."
        case let .momentumLeftOut(momentum, previous):
            return "The old velocity was left out: \(name) = \(self.name(momentum))*\(self.name(previous)) + "
                + "the gradient; momentum carries \(self.name(momentum)) times the velocity along."
        case let .weightDecayLeftOut(weightDecay, parameter):
            return "The weight decay was left out: \(name) = the gradient + \(self.name(weightDecay))*"
                + "\(self.name(parameter)); the decay adds \(self.name(weightDecay)) times the parameter to its gradient."
        case let .biasCorrectionLeftOut(moment, beta, step):
            return "The bias correction was left out: \(name) = \(self.name(moment))/(1 - "
                + "\(self.name(beta))^\(step)); the moments start at 0, and step \(step) divides them "
                + "by 1 - \(self.name(beta))^\(step) to make up for it."
        case let .weightUsedForAnother(used, belongs):
            return "\(self.name(used)) was used where \(self.name(belongs)) belongs in \(name): "
                + "\(connection(belongs)) but \(connection(used)) \(Self.numbering)."
        case let .valueOfAnotherWeight(sibling, weight, siblingWeight):
            return "Your value is \(self.name(sibling))'s, not \(name)'s: "
                + "\(weight.map(connection) ?? name) but "
                + "\(siblingWeight.map(connection) ?? self.name(sibling)) \(Self.numbering)."
        case .roundingInLastDigit(_, cutOff: true):
            return "Only rounding differs: your value is the exact one cut off after its last "
                + "digit rather than rounded. Round to the nearest, and keep more digits in "
                + "intermediate results than in the answer."
        case let .roundingInLastDigit(units, cutOff: false):
            return "Only rounding differs: your value is off by \(units) in the last digit. Keep "
                + "more digits in intermediate results than in the answer."
        case .roundedTooEarly:
            return "Only rounding differs: your value agrees to about three significant figures, as "
                + "when an intermediate value is rounded too early. Keep more digits in "
                + "intermediate results than in the answer."
        case let .deltaForGradient(delta, input):
            let weight = trace.terms[index].weight.map { trace.names.weight($0) } ?? "the weight"
            let factor = "\(self.name(input))\(equalTo(input))"
            let opening = delta.map { "Your value is \(self.name($0)) alone" }
                ?? "The factor \(factor) is missing"
            return "\(opening): \(name) is the delta of the neuron \(weight) feeds times the input "
                + "\(weight) multiplies, \(factor)."
        case let .onePathOnly(path, slope):
            let slopeTerm = trace.terms[slope]
            let output = trace.index(of: TermID(.output, layer: slopeTerm.layer, neuron: slopeTerm.neuron))
            let what = slope == index ? "Your value" : "\(name) was computed with a \(self.name(slope)) that"
            return "\(what) counts only \(self.name(path)), one path back: "
                + "\(output.map(self.name) ?? "the neuron") feeds every neuron of the next layer, so "
                + "\(self.name(slope)) = \(pathList(slope)) adds what flows back through each."
        case .negativeSquare:
            let formula = FormulaText(trace: trace).symbolic(trace.terms[index])
            return "\(name) cannot be negative: \(name) = \(formula) is never below zero, "
                + "and your value has the sign flipped."
        case .roundedOperands:
            return "Accepted: " + Self.acceptance(diagnosis) + "."
        }
    }

    /// Why an accepted value counts as right: "the reference's rounding: …".
    static func acceptance(_ diagnosis: Diagnosis) -> String {
        switch diagnosis.detail {
        case let .roundedOperands(decimals):
            return "the reference's rounding: it follows from its operands rounded to \(decimals) "
                + "decimal\(decimals == 1 ? "" : "s")"
        default:
            return diagnosis.slip.rawValue
        }
    }

    /// ` (= out_h1)`: the term an operand equals, after its name.
    private func equalTo(_ index: Int) -> String {
        guard case let .equal(other) = trace.terms[index].formula else { return "" }
        return " = \(name(other))"
    }

    /// `dE_o1/dout_h1 + dE_o2/dout_h1`: the paths a hidden neuron's error slope sums, the
    /// middle left out when there are many.
    private func pathList(_ slope: Int) -> String {
        guard case let .sum(paths) = trace.terms[slope].formula else { return "" }
        let names = paths.count <= 4
            ? paths.map(name) : [name(paths[0]), name(paths[1]), "...", name(paths[paths.count - 1])]
        return names.joined(separator: " + ")
    }

    private static let numbering = "(weights are numbered layer by layer, then by the neuron they "
        + "lead into, then by the input they come from)"

    private func name(_ index: Int) -> String { trace.name(of: trace.terms[index]) }

    private func names(_ indices: [Int]) -> String {
        indices.map(name).joined(separator: " and ")
    }

    /// ` = out_h1*(1 - out_h1)`: the slope's shape, after its name.
    private func slopeShape(_ slope: Int) -> String {
        guard case let .activationSlope(activation, net, output) = trace.terms[slope].formula else {
            return ""
        }
        let (n, o) = (name(net), name(output))
        switch activation {
        case .logistic, .softmax: return " = \(o)*(1 - \(o))"
        case .tanh: return " = 1 - \(o)^2"
        case .relu: return " (1 if \(n) > 0, else 0)"
        case .linear: return " = 1"
        }
    }

    /// The weight's name with the connection it makes: `w6 is h2→o1`.
    private func connection(_ weightTerm: Int) -> String {
        let term = trace.terms[weightTerm]
        guard let weight = term.weight, let neuron = term.neuron else { return name(weightTerm) }
        let source = trace.names.source(ofWeight: weight, layer: term.layer, neuron: neuron)
        let from = trace.names.neuron(layer: term.layer - 1, source)
        let to = trace.names.neuron(layer: term.layer, neuron)
        return "\(trace.names.weight(weight)) is \(from)\u{2192}\(to)"
    }
}
