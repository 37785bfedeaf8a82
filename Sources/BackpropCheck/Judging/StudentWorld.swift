import BackpropCore

/// The step as the student computed it: their written values where they wrote one, and
/// everything else recomputed from those with the engine's functions.
///
/// Each value also carries an uncertainty: half a unit of the last digit for a written value
/// the student rounded, and for a recomputed one the first-order effect of its operands'
/// uncertainties. It bounds how far a student who rounded (or kept full precision in a
/// calculator) may sensibly land from a recomputation of their own written numbers.
///
/// Only real rounding gives slack. A written value that *is* the exact one (`0.05` for
/// ∂net_h1/∂w1 = i1, a given copied, `0` for a slope that is exactly 0) puts the exact value in
/// with no uncertainty, and a written zero is taken as the zero the student computed with.
struct StudentWorld: Sendable {
    /// Formulas with more operands than this get no uncertainty from them (each operand costs one
    /// evaluation); hand calculations never come near it.
    static let propagationLimit = 256

    private(set) var values: [Double]
    private(set) var uncertainties: [Double]

    /// The world of the `written` values; those of the terms in `exactly` are taken as written
    /// with no rounding (a short value a slip gives exactly).
    init(
        terms: [Term], derivations: Derivations, written: [Int: WrittenNumber],
        exactly: Set<Int> = []
    ) {
        values = terms.map(\.value)
        uncertainties = Array(repeating: 0, count: terms.count)
        for index in terms.indices {
            if let number = written[index], terms[index].formula == .given {
                // A given is copied, not computed: it carries no rounding of the student's.
                if !number.agrees(with: terms[index].value) { values[index] = number.value }
            } else if let number = written[index], number.isExactly(terms[index].value) {
                values[index] = terms[index].value
            } else if let number = written[index] {
                values[index] = number.value
                let unrounded = number.value == 0 || exactly.contains(index)
                uncertainties[index] = unrounded ? 0 : number.halfUnit
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
