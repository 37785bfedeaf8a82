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
    /// The terms of each kind and layer, in trace order.
    let groups: TermGroups
    /// Whether only a slip that gives the written value exactly counts: for a value written too
    /// short to judge by rounding (`0.4` for w5⁺ = 0.3589, which is w5 itself).
    var exactOnly = false

    var term: Term { trace.terms[index] }
    var formulas: [Formula] { derivations.formulas(of: index) }
    func kind(_ index: Int) -> TermKind { trace.terms[index].kind }

    /// The terms of the same kind and layer as term `index`, itself included.
    func sameKindAndLayer(as index: Int) -> [Int] {
        groups.terms(kind: trace.terms[index].kind, layer: trace.terms[index].layer)
    }

    /// Whether a recomputation with a slip applied gives the written value: exactly (however
    /// short it is written, when the right value is another), or, unless ``exactOnly``, allowing
    /// for the student's rounding and differing visibly from the right value (else it explains
    /// nothing).
    func matches(_ candidate: Double, allowance: Double) -> Bool {
        guard candidate.isFinite else { return false }
        if allowance == 0, number.isExactly(candidate), !number.isExactly(term.value) { return true }
        guard !exactOnly, number.agrees(with: candidate, allowance: allowance) else { return false }
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
        if term.kind == .output { return operand }
        if case let .equal(other) = term.formula, trace.terms[other].kind == .output { return other }
        return nil
    }

    /// The weight term an operand stands for: itself, or the weight it equals (∂net_o1/∂out_h1 =
    /// w5).
    func weight(behind operand: Int) -> Int? {
        let kinds: Set<TermKind> = [.weight, .updatedWeight]
        if kinds.contains(kind(operand)) { return operand }
        if case let .equal(other) = trace.terms[operand].formula, kinds.contains(kind(other)) {
            return other
        }
        return nil
    }

    /// The term of `kind` about the neuron that term `of` is about.
    func neuronTerm(_ kind: TermKind, of: Int) -> Int? {
        let neuron = trace.terms[of]
        return trace.index(of: TermID(kind, layer: neuron.layer, neuron: neuron.neuron))
    }
}
