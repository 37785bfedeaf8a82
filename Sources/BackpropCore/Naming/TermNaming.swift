/// The one place where a term's identity becomes its symbol, its canonical ASCII name, its
/// aliases and the other ways people write it.
///
/// The ASCII name is read off the symbol: the base, then the subscript (joined with `_` unless
/// it is a number: `w5`, `net_h1`), then `+` for an updated value; a partial derivative is
/// `d` + numerator + `/d` + denominator (`dE_total/dw5`); a gradient check's finite differences
/// are `E_total(w5+h)`, `E_total(w5-h)` and `DeltaE_total/Deltaw5`. A term of training example k of
/// several ends in `[k]` (`net_h1[2]`), and its symbol carries the superscript (k), as in
/// net_h1⁽²⁾. `docs/terms.md` lists every name.
public struct TermNaming: Sendable {
    /// The names of the network's neurons.
    public let neurons: NeuronNames

    /// The naming of a network with these neurons.
    public init(_ neurons: NeuronNames) {
        self.neurons = neurons
    }

    /// The term's symbol: `net_{h1}`, `∂E_total/∂w_5`, `δ_{o1}`, `net_{h1}^{(2)}`.
    public func symbol(_ id: TermID) -> TermSymbol {
        let symbol = plainSymbol(id)
        guard let example = id.example else { return symbol }
        let mark = "(\(example + 1))"
        switch symbol {
        case let .quantity(quantity):
            return .quantity(MathSymbol(quantity.base, subscript: quantity.subscriptText, superscript: mark))
        case let .partial(numerator, denominator):
            return .partial(MathSymbol(numerator.base, subscript: numerator.subscriptText, superscript: mark), denominator)
        case .shifted, .differenceQuotient:
            // About a parameter, which every example shares: never an example's term.
            return symbol
        }
    }

    /// The symbol whose ASCII writing is the term's name: the example marked `[k]` after the
    /// last subscript, as in `dE_total/dw2[1]`, for formulas written with names.
    public func nameSymbol(_ id: TermID) -> TermSymbol {
        let symbol = plainSymbol(id)
        guard let example = id.example else { return symbol }
        func marked(_ symbol: MathSymbol) -> MathSymbol {
            MathSymbol(symbol.base, subscript: (symbol.subscriptText ?? "") + "[\(example + 1)]", superscript: symbol.superscript)
        }
        switch symbol {
        case let .quantity(quantity): return .quantity(marked(quantity))
        case let .partial(numerator, denominator): return .partial(numerator, marked(denominator))
        case .shifted, .differenceQuotient: return symbol
        }
    }

    /// The symbol without the example's mark.
    private func plainSymbol(_ id: TermID) -> TermSymbol {
        let total = MathSymbol("E", subscript: "total")
        switch id.kind {
        case .input, .target, .weight, .bias, .learningRate, .netInput, .output, .outputError,
             .totalError, .delta, .updatedWeight, .updatedBias, .momentum, .beta1, .beta2, .adamEpsilon,
             .alpha, .rmspropEpsilon, .weightDecay, .decayedGradient, .nesterovDirection, .velocity, .updatedVelocity, .firstMoment, .updatedFirstMoment, .secondMoment,
             .updatedSecondMoment, .correctedFirstMoment, .correctedSecondMoment:
            return .quantity(quantity(id))
        case .errorSlope, .hiddenErrorSlope:
            return .partial(total, neuronSymbol("out", id))
        case .activationSlope:
            // A softmax layer's Jacobian relates output `output` to net input `neuron`.
            let output = id.output.map { MathSymbol("out", subscript: neurons.neuron(layer: id.layer, $0)) }
            return .partial(output ?? neuronSymbol("out", id), neuronSymbol("net", id))
        case .netSlope:
            return .partial(neuronSymbol("net", id), weightSymbol(id))
        case .weightGradient:
            return .partial(total, weightSymbol(id))
        case .biasGradient:
            return .partial(total, biasSymbol(id))
        case .deltaShare:
            return .partial(neuronSymbol("E", id), neuronSymbol("net", id))
        case .netSlopeOfOutput:
            let source = neurons.source(ofWeight: id.weight ?? 0, layer: id.layer, neuron: id.neuron ?? 0)
            return .partial(
                neuronSymbol("net", id),
                MathSymbol("out", subscript: neurons.neuron(layer: id.layer - 1, source))
            )
        case .contribution:
            let above = neurons.destination(ofWeight: id.weight ?? 0, layer: id.layer + 1)
            return .partial(
                MathSymbol("E", subscript: neurons.neuron(layer: id.layer + 1, above)),
                neuronSymbol("out", id)
            )
        case .raisedError, .loweredError:
            return .shifted(total, parameter: parameterSymbol(id), raised: id.kind == .raisedError)
        case .differenceQuotient:
            return .differenceQuotient(total, parameterSymbol(id))
        }
    }

    /// The canonical ASCII name: `net_h1`, `dE_total/dw5`, `w5+`, `net_h1[2]`.
    public func name(_ id: TermID) -> String {
        var text = ""
        appendName(id, to: &text)
        return text
    }

    /// Appends the canonical name to `text`, for writers of long documents that name every term.
    public func appendName(_ id: TermID, to text: inout String) {
        Self.append(plainSymbol(id), to: &text)
        if let example = id.example { text += "[\(example + 1)]" }
    }

    /// Other canonical names of the same term: `dE_total/dnet_o1` for `delta_o1`.
    public func aliases(_ id: TermID) -> [String] {
        guard id.kind == .delta else { return [] }
        let alias = Self.ascii(.partial(MathSymbol("E", subscript: "total"), neuronSymbol("net", id)))
        return [alias + (id.example.map { "[\($0 + 1)]" } ?? "")]
    }

    /// Every way of writing the term that `check` accepts before its own normalisation of
    /// characters: the name, the aliases, and the informal forms (`E` and `Etot` for `E_total`,
    /// `dE/dw5` for `dE_total/dw5`, `w5'`, `w5new`, `w5*` and `new w5` for `w5+`, `lr` for `eta`,
    /// `E(w5+h)` for `E_total(w5+h)`, `DeltaE/Deltaw5` and `numerical dE_total/dw5` for
    /// `DeltaE_total/Deltaw5`).
    public func spellings(_ id: TermID) -> [String] {
        var formal: [TermSymbol] = [plainSymbol(id)]
        if id.kind == .delta {
            formal.append(.partial(MathSymbol("E", subscript: "total"), neuronSymbol("net", id)))
        }
        var result = formal.map(Self.ascii)
        for form in formal {
            switch form {
            case let .partial(numerator, denominator) where numerator.subscriptText == "total":
                result.append("d" + numerator.base + "/d" + Self.ascii(denominator))
            case let .quantity(symbol) where symbol.superscript == "+":
                let before = Self.ascii(MathSymbol(symbol.base, subscript: symbol.subscriptText))
                result += [before + "'", before + "new", before + "(new)", before + "*", "new " + before]
            case let .shifted(quantity, parameter, raised):
                result.append(Self.ascii(.shifted(MathSymbol(quantity.base), parameter: parameter, raised: raised)))
            case let .differenceQuotient(numerator, denominator):
                let gradient = Self.ascii(.partial(numerator, denominator))
                let informal = "d" + numerator.base + "/d" + Self.ascii(denominator)
                result += [
                    "Delta" + numerator.base + "/Delta" + Self.ascii(denominator),
                    "numerical " + gradient, "numerical " + informal,
                ]
            default:
                break
            }
        }
        switch id.kind {
        case .totalError: result += ["E", "Etot"]
        case .learningRate: result += ["learning rate", "lr"]
        case .momentum: result += ["momentum"]
        case .adamEpsilon, .rmspropEpsilon: result += ["eps"]
        case .weightDecay: result += ["weight decay", "wd"]
        default: break
        }
        // A term of example k: `net_h1[2]`, or as a superscript, `net_h1(2)`.
        guard let example = id.example else { return result }
        return result.flatMap { ["\($0)[\(example + 1)]", "\($0)(\(example + 1))"] }
    }

    /// The ASCII text of a symbol, as term names write it.
    public static func ascii(_ symbol: TermSymbol) -> String {
        var text = ""
        append(symbol, to: &text)
        return text
    }

    private static func append(_ symbol: TermSymbol, to text: inout String) {
        switch symbol {
        case let .quantity(quantity):
            append(quantity, to: &text)
        case let .partial(numerator, denominator):
            text += "d"
            append(numerator, to: &text)
            text += "/d"
            append(denominator, to: &text)
        case let .shifted(quantity, parameter, raised):
            append(quantity, to: &text)
            text += "("
            append(parameter, to: &text)
            text += raised ? "+h)" : "-h)"
        case let .differenceQuotient(numerator, denominator):
            text += "Delta"
            append(numerator, to: &text)
            text += "/Delta"
            append(denominator, to: &text)
        }
    }

    /// `w5`, `net_h1`, `w5+`, `eta`.
    public static func ascii(_ symbol: MathSymbol) -> String {
        var text = ""
        append(symbol, to: &text)
        return text
    }

    private static func append(_ symbol: MathSymbol, to text: inout String) {
        text += symbol.base
        if let lowered = symbol.subscriptText {
            if !lowered.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                text += "_"
            }
            text += lowered
        }
        if let superscript = symbol.superscript { text += superscript }
    }

    private func quantity(_ id: TermID) -> MathSymbol {
        switch id.kind {
        case .input: return neuronSymbol("i", id, named: false)
        case .target: return neuronSymbol("target", id)
        case .weight: return weightSymbol(id)
        case .updatedWeight: return weightSymbol(id).updated
        case .bias: return biasSymbol(id)
        case .updatedBias: return biasSymbol(id).updated
        case .learningRate: return MathSymbol("eta")
        case .netInput: return neuronSymbol("net", id)
        case .output: return neuronSymbol("out", id)
        case .outputError: return neuronSymbol("E", id)
        case .totalError: return MathSymbol("E", subscript: "total")
        case .delta: return neuronSymbol("delta", id)
        case .momentum: return MathSymbol("mu")
        case .beta1: return MathSymbol("beta", subscript: "1")
        case .beta2: return MathSymbol("beta", subscript: "2")
        case .adamEpsilon, .rmspropEpsilon: return MathSymbol("epsilon")
        case .alpha: return MathSymbol("alpha")
        case .weightDecay: return MathSymbol("lambda")
        case .decayedGradient: return stateSymbol("g", id)
        case .nesterovDirection: return stateSymbol("d", id)
        case .velocity, .secondMoment: return stateSymbol("v", id)
        case .updatedVelocity, .updatedSecondMoment: return stateSymbol("v", id).updated
        case .firstMoment: return stateSymbol("m", id)
        case .updatedFirstMoment: return stateSymbol("m", id).updated
        case .correctedFirstMoment: return stateSymbol("mhat", id)
        case .correctedSecondMoment: return stateSymbol("vhat", id)
        default: return MathSymbol(id.kind.rawValue)
        }
    }

    /// `base` with the neuron's name as subscript (`net_h1`), or, for `named: false`, with its
    /// number (`i1`).
    private func neuronSymbol(_ base: String, _ id: TermID, named: Bool = true) -> MathSymbol {
        let neuron = id.neuron ?? 0
        return MathSymbol(base, subscript: named ? neurons.neuron(layer: id.layer, neuron) : String(neuron + 1))
    }

    private func weightSymbol(_ id: TermID) -> MathSymbol { neurons.weightSymbol(id.weight ?? 0) }

    /// The weight or bias a gradient check's term is about.
    private func parameterSymbol(_ id: TermID) -> MathSymbol {
        id.weight == nil ? biasSymbol(id) : weightSymbol(id)
    }

    /// An optimizer's state about the parameter of `id`: `v_w5`, `m_b1`, `mhat_bh1`.
    private func stateSymbol(_ base: String, _ id: TermID) -> MathSymbol {
        let parameter = Self.ascii(parameterSymbol(id))
        return MathSymbol(base, subscript: parameter.filter { $0 != "_" })
    }

    private func biasSymbol(_ id: TermID) -> MathSymbol {
        MathSymbol("b", subscript: neurons.biasSubscript(layer: id.layer, neuron: id.neuron))
    }
}
