/// Everything one run of the engine computed: the first step's every term in derivation order,
/// and the state after all the steps.
///
/// Renderers and `check` read a trace; they never recompute it.
public struct Trace: Sendable {
    /// The network before training.
    public let network: Network
    /// How it was trained.
    public let options: TrainingOptions
    /// The names of its neurons, weights and biases.
    public let names: NeuronNames
    /// The first step, term by term, each after the terms it was computed from.
    public let terms: [Term]
    /// E_total and the outputs after steps 1, 10, 100, … and after the last step.
    public let history: [Checkpoint]
    /// The network after the last step.
    public let trained: Network
    private let indexByName: [String: Int]

    init(
        network: Network, options: TrainingOptions, terms: [Term],
        history: [Checkpoint], trained: Network
    ) {
        self.network = network
        self.options = options
        self.names = NeuronNames(network)
        self.terms = terms
        self.history = history
        self.trained = trained
        var index: [String: Int] = [:]
        index.reserveCapacity(terms.count + network.layerSizes.reduce(0, +))
        for (position, term) in terms.enumerated() {
            index[term.name] = position
            for alias in term.aliases { index[alias] = position }
        }
        self.indexByName = index
    }

    /// The position in ``terms`` of the term with this canonical name or alias.
    public func index(of name: String) -> Int? { indexByName[name] }

    /// The term with this canonical name or alias.
    public subscript(name: String) -> Term? {
        indexByName[name].map { terms[$0] }
    }

    /// The state after the last step.
    public var final: Checkpoint { history[history.count - 1] }
}
