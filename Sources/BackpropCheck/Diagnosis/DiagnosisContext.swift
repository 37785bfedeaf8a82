import BackpropCore

/// What a slip check needs: the mistaken term, what was written, and the student's world.
struct DiagnosisContext: Sendable {
    /// Slips that try one operand, or one other weight, at a time do so only up to this many:
    /// hand calculations stay far below it, and wide layers would make the search quadratic.
    static let searchLimit = 64

    let trace: Trace
    /// The mistaken term's index.
    let index: Int
    let number: WrittenNumber
    let world: StudentWorld
    let derivations: Derivations
    let otherOrdering: OtherOrdering?

    var term: Term { trace.terms[index] }
    var formulas: [Formula] { derivations.formulas(of: index) }
    func name(_ index: Int) -> String { trace.terms[index].name }
    func role(_ index: Int) -> TermRole { trace.terms[index].role }

    /// Whether a recomputation with a slip applied gives the written value, allowing for the
    /// student's rounding, and differs visibly from the right value (else it explains nothing).
    func matches(_ candidate: Double, allowance: Double) -> Bool {
        guard candidate.isFinite, number.agrees(with: candidate, allowance: allowance) else {
            return false
        }
        return abs(candidate - term.value) > 2 * number.halfUnit
    }

    /// Whether `formula`, evaluated from the student's values with `replaced` ones, gives the
    /// written value.
    func matches(_ formula: Formula, replacing replaced: [Int: Double]) -> Bool {
        matches(
            world.evaluate(formula, replacing: replaced),
            allowance: world.allowance(for: formula, replacing: replaced)
        )
    }

    /// The output term an operand stands for: itself, or the output it equals (∂net_o1/∂w5 =
    /// out_h1). Inputs have no net input and do not count.
    func output(behind operand: Int) -> Int? {
        let term = trace.terms[operand]
        if term.role == .output { return operand }
        if case let .equal(other) = term.formula, trace.terms[other].role == .output { return other }
        return nil
    }

    /// The weight term an operand stands for: itself, or the weight it equals (∂net_o1/∂out_h1 =
    /// w5).
    func weight(behind operand: Int) -> Int? {
        let roles: Set<TermRole> = [.weight, .updatedWeight]
        if roles.contains(role(operand)) { return operand }
        if case let .equal(other) = trace.terms[operand].formula, roles.contains(role(other)) {
            return other
        }
        return nil
    }

    /// The term with `role` for the neuron `of` is about.
    func neuronTerm(_ role: TermRole, of: Int) -> Int? {
        let neuron = trace.terms[of]
        return trace.terms.firstIndex {
            $0.role == role && $0.layer == neuron.layer && $0.neuron == neuron.neuron
        }
    }

    /// The weight's name with the connection it makes: `w6 is h2→o1`.
    func connection(_ weightTerm: Int) -> String {
        let term = trace.terms[weightTerm]
        guard let weight = term.weight, let neuron = term.neuron else { return term.name }
        let network = trace.network
        let source = weight - network.weightIndex(layer: term.layer, neuron: neuron, source: 0)
        let from = trace.names.neuron(layer: term.layer - 1, source)
        let to = trace.names.neuron(layer: term.layer, neuron)
        return "\(trace.names.weight(weight)) is \(from)\u{2192}\(to)"
    }
}
