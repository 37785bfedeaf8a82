import BackpropCore

/// The step as the student computed it: their written values where they wrote one, and
/// everything else recomputed from those with the engine's functions.
///
/// Each value also carries an uncertainty: half a unit of the last digit for a written value
/// (none for a given, which the student copies rather than computes),
/// and for a recomputed one the first-order effect of its operands' uncertainties. It bounds
/// how far a student who rounded (or kept full precision in a calculator) may sensibly land
/// from a recomputation of their own written numbers.
struct StudentWorld: Sendable {
    /// Formulas with more operands than this get no uncertainty from them (each operand costs one
    /// evaluation); hand calculations never come near it.
    static let propagationLimit = 256

    private(set) var values: [Double]
    private(set) var uncertainties: [Double]

    init(terms: [Term], derivations: Derivations, written: [Int: WrittenNumber]) {
        values = terms.map(\.value)
        uncertainties = Array(repeating: 0, count: terms.count)
        for index in terms.indices {
            if let number = written[index], terms[index].formula == .given {
                // A given is copied, not computed: it carries no rounding of the student's.
                if !number.agrees(with: terms[index].value) { values[index] = number.value }
            } else if let number = written[index] {
                values[index] = number.value
                uncertainties[index] = number.halfUnit
            } else if let formula = derivations.formulas(of: index).first {
                values[index] = evaluate(formula)
                uncertainties[index] = allowance(for: formula)
            }
        }
    }

    /// `formula` evaluated from this world's values, with some of them replaced.
    func evaluate(_ formula: Formula, replacing replaced: [Int: Double] = [:]) -> Double {
        formula.evaluate { replaced[$0] ?? values[$0] } ?? .nan
    }

    /// How far `formula`'s value may move when each operand moves by its uncertainty: the sum of
    /// the separate moves (a first-order bound, computed with the same evaluator).
    func allowance(for formula: Formula, replacing replaced: [Int: Double] = [:]) -> Double {
        var operands: [Int] = []
        for operand in formula.operands where uncertainties[operand] > 0 && !operands.contains(operand) {
            guard operands.count < Self.propagationLimit else { return 0 }
            operands.append(operand)
        }
        guard !operands.isEmpty else { return 0 }
        let base = evaluate(formula, replacing: replaced)
        var total = 0.0
        for operand in operands {
            var moved = replaced
            moved[operand] = (replaced[operand] ?? values[operand]) + uncertainties[operand]
            total += abs(evaluate(formula, replacing: moved) - base)
        }
        return total
    }
}
