/// One value of a training step, with what it is and the formula it came from.
public struct Term: Sendable, Equatable {
    /// What the term is; its names and symbol come from ``TermNaming``.
    public let id: TermID
    /// The exact value in double precision.
    public let value: Double
    /// How the value was computed from earlier terms.
    public let formula: Formula
    /// Where in the walkthrough it belongs.
    public let section: TraceSection

    /// A term.
    public init(id: TermID, value: Double, formula: Formula, section: TraceSection) {
        self.id = id
        self.value = value
        self.formula = formula
        self.section = section
    }

    /// What kind of quantity this is.
    public var kind: TermKind { id.kind }
    /// The layer of the neuron, weight or bias the term is about (0 = inputs).
    public var layer: Int { id.layer }
    /// The neuron (0-based, within ``layer``) the term is about, if any.
    public var neuron: Int? { id.neuron }
    /// The flat index (0-based) of the weight the term is about, if any.
    public var weight: Int? { id.weight }
}
