/// Everything one run of the engine computed: the first step's every term in derivation order,
/// and the state after all the steps.
///
/// Renderers and `check` read a trace; they never recompute it.
public struct Trace: Sendable {
    /// The network, its training data and loss, before training.
    public let setup: TrainingSetup
    /// How it was trained.
    public let options: TrainingOptions
    /// The names and symbols of its terms.
    public let naming: TermNaming
    /// The first step, term by term, each after the terms it was computed from.
    public let terms: [Term]
    /// E_total and the outputs after steps 1, 10, 100, … and after the last step.
    public let history: [Checkpoint]
    /// The network after the last step.
    public let trained: Network
    private let indexByID: [TermID: Int]

    init(
        setup: TrainingSetup, options: TrainingOptions, terms: [Term],
        history: [Checkpoint], trained: Network
    ) {
        self.setup = setup
        self.options = options
        self.naming = TermNaming(NeuronNames(setup.network))
        self.terms = terms
        self.history = history
        self.trained = trained
        var index: [TermID: Int] = [:]
        index.reserveCapacity(terms.count)
        for (position, term) in terms.enumerated() { index[term.id] = position }
        self.indexByID = index
    }

    /// The network before training.
    public var network: Network { setup.network }
    /// The names of its neurons, weights and biases.
    public var names: NeuronNames { naming.neurons }
    /// The index of the output layer.
    public var outputLayer: Int { setup.network.layerCount - 1 }

    /// The position in ``terms`` of the term with this identity.
    public func index(of id: TermID) -> Int? { indexByID[id] }

    /// The term with this identity.
    public subscript(id: TermID) -> Term? {
        indexByID[id].map { terms[$0] }
    }

    /// The position of the term with this canonical name or alias.
    ///
    /// Linear in the number of terms: for one-off lookups and tests. `check` resolves the names
    /// students write through an index of its own.
    public func index(named name: String) -> Int? {
        terms.indices.first { index in
            let id = terms[index].id
            return naming.name(id) == name || naming.aliases(id).contains(name)
        }
    }

    /// The term with this canonical name or alias (linear, as ``index(named:)``).
    public subscript(named name: String) -> Term? { index(named: name).map { terms[$0] } }

    /// The term's canonical ASCII name: `dE_total/dw5`.
    public func name(of term: Term) -> String { naming.name(term.id) }

    /// The term's symbol.
    public func symbol(of term: Term) -> TermSymbol { naming.symbol(term.id) }

    /// The state after the last step.
    public var final: Checkpoint { history[history.count - 1] }
}
