/// A numerical check of a traced step's gradients, as every implementation of backpropagation
/// should pass: for each weight and bias, the central difference (E(p + h) − E(p − h)) / 2h with
/// the network run forward again by the engine, compared with the trace's ∂E_total/∂p.
///
/// Everything here is computed by ``Engine/totalError(of:options:)`` and ``FiniteDifference``; renderers
/// only format it. Checking a parameter costs two forward passes, so a large network is checked
/// on a sample (see ``parameters(of:work:)``).
public struct GradientCheck: Sendable {
    /// One parameter's check.
    public struct Entry: Sendable, Equatable {
        /// The weight or bias: the identity of its given term.
        public let parameter: TermID
        /// Its value, p.
        public let value: Double
        /// ∂E_total/∂p as the traced step computed it.
        public let gradient: Double
        /// E_total(p + h).
        public let raisedError: Double
        /// E_total(p − h).
        public let loweredError: Double
        /// (E_total(p + h) − E_total(p − h)) / 2h.
        public let estimate: Double
        /// |gradient − estimate| / max(|gradient|, |estimate|).
        public let relativeError: Double
        /// How far rounding alone may move the estimate (``FiniteDifference/roundingLimit(raised:lowered:step:)``).
        public let roundingLimit: Double
        /// Whether a ReLU's net input changes sign between the passes at p − h, p and p + h.
        public let crossesKink: Bool
        /// What the comparison says.
        public let verdict: Verdict
    }

    /// h when none is given: 10⁻⁵, as CS231n recommends. The central difference's own error
    /// shrinks like h², the rounding error of E divided by 2h grows like ε/h (ε ≈ 2.2·10⁻¹⁶);
    /// for values of order 1 the two balance near h ≈ ε^(1/3) ≈ 6·10⁻⁶.
    public static let defaultStep = 1e-5
    /// The smallest and largest h accepted.
    public static let stepRange: ClosedRange<Double> = 1e-12...1
    /// A relative error below this is fine (CS231n: "you should be happy").
    public static let fineBelow = 1e-7
    /// A relative error above this is suspect (CS231n: "probably wrong" without kinks).
    public static let suspectAbove = 1e-4
    /// The most multiply-adds the forward passes of one check may take: two passes per
    /// parameter, each about as many multiply-adds as the network has weights and neurons.
    public static let maximumWork = 100_000_000

    /// h.
    public let step: Double
    /// E_total with the parameters as they are.
    public let totalError: Double
    /// The parameters checked, weights (w1, w2, …) first, then biases layer by layer.
    public let entries: [Entry]
    /// How many weights and biases the network has: more than ``entries`` for a sample.
    public let parameterCount: Int

    /// Checks `parameters` (by default those ``parameters(of:work:)`` chooses) of `trace`'s
    /// step with step `step`, which must lie in ``stepRange``. Identities that are not a weight
    /// or bias of the network are left out.
    ///
    /// - Throws: ``EngineError/nonFiniteTerm(name:value:step:)`` when a shifted network's E_total
    ///   overflows.
    public init(trace: Trace, step: Double = defaultStep, parameters: [TermID]? = nil) throws(EngineError) {
        let setup = trace.setup
        self.step = step
        totalError = Engine.totalError(of: setup, options: trace.options)
        parameterCount = Self.parameterCount(of: setup.network)
        var signs = NetInputSigns(setup.network)
        if signs.isWatching { _ = Engine.totalError(of: setup, options: trace.options, recording: &signs) }
        var entries: [Entry] = []
        for id in parameters ?? Self.parameters(of: setup) {
            guard let value = Self.value(of: id, in: setup.network) else { continue }
            let (raised, raisedSigns) = Self.error(of: setup, trace.options, id, value + step, watching: signs)
            let (lowered, loweredSigns) = Self.error(of: setup, trace.options, id, value - step, watching: signs)
            for (kind, error) in [(TermKind.raisedError, raised), (.loweredError, lowered)] where !error.isFinite {
                let shifted = TermID(kind, layer: id.layer, neuron: id.neuron, weight: id.weight)
                throw .nonFiniteTerm(name: trace.naming.name(shifted), value: error, step: trace.options.tracedStep)
            }
            let gradientKind: TermKind = id.kind == .weight ? .weightGradient : .biasGradient
            let gradient = trace[TermID(gradientKind, layer: id.layer, neuron: id.neuron, weight: id.weight)]?.value ?? .nan
            let estimate = FiniteDifference.central(raised: raised, lowered: lowered, step: step)
            let relative = FiniteDifference.relativeError(gradient, estimate)
            let limit = FiniteDifference.roundingLimit(raised: raised, lowered: lowered, step: step)
            let kink = raisedSigns != signs.signs || loweredSigns != signs.signs
            entries.append(Entry(
                parameter: id, value: value, gradient: gradient, raisedError: raised,
                loweredError: lowered, estimate: estimate, relativeError: relative,
                roundingLimit: limit, crossesKink: kink,
                verdict: Self.verdict(gradient, estimate, relative: relative, limit: limit, kink: kink)
            ))
        }
        self.entries = entries
    }

    /// Whether only some of the parameters were checked.
    public var isSample: Bool { entries.count < parameterCount }

    /// Whether no parameter's verdict fails.
    public var passes: Bool { !entries.contains { $0.verdict.fails } }

    private static func verdict(
        _ gradient: Double, _ estimate: Double, relative: Double, limit: Double, kink: Bool
    ) -> Verdict {
        if kink { return .kink }
        if relative < fineBelow { return .fine }
        if abs(gradient - estimate) <= limit { return .belowResolution }
        if relative <= suspectAbove { return .borderline }
        return .suspect
    }

    /// E_total with parameter `id` set to `value`, and the ReLU signs of that pass.
    private static func error(
        of setup: TrainingSetup, _ options: TrainingOptions, _ id: TermID, _ value: Double,
        watching base: NetInputSigns
    ) -> (Double, [Int8]) {
        var shifted = setup
        if let weight = id.weight {
            shifted.network.weights[weight] = value
        } else {
            shifted.network.biases[id.layer - 1][id.neuron ?? 0] = value
        }
        guard base.isWatching else { return (Engine.totalError(of: shifted, options: options), []) }
        var signs = NetInputSigns(setup.network)
        let error = Engine.totalError(of: shifted, options: options, recording: &signs)
        return (error, signs.signs)
    }

    /// The value of the weight or bias `id`, or nil when `id` is neither.
    private static func value(of id: TermID, in network: Network) -> Double? {
        switch id.kind {
        case .weight:
            guard let weight = id.weight, network.weights.indices.contains(weight) else { return nil }
            return network.weights[weight]
        case .bias:
            guard network.biases.indices.contains(id.layer - 1) else { return nil }
            let biases = network.biases[id.layer - 1]
            let slot = id.neuron ?? 0
            guard biases.indices.contains(slot), (id.neuron == nil) == (network.biasSharing == .perLayer) else {
                return nil
            }
            return biases[slot]
        default:
            return nil
        }
    }
}
