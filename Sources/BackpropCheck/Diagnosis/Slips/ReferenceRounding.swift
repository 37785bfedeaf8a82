import BackpropCore
import Foundation

/// Not a mistake: the value follows from its operands each rounded to the answer's own number
/// of decimals, as a walkthrough printed to 9 decimals computes each line from the rounded
/// lines before it (the reference's ∂E_o2/∂out_h1 = −0.019049119 is δ_o2 = −0.038098237 times
/// 0.5, where the exact value rounds to −0.019049118). Only a value of at least three
/// significant figures, at most two units of its last digit from the exact one, is explained
/// this way; givens are used as they are.
struct ReferenceRounding: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        let number = context.number
        guard number.significantDigits >= 3, number.lastDigitExponent < 0,
              abs(number.value - context.term.value) <= 4 * number.halfUnit else { return nil }
        let scale = Foundation.pow(10, Double(number.decimals))
        for formula in context.formulas {
            var rounded: [Int: Double] = [:]
            // Givens are printed as they are; computed lines are rounded.
            for operand in formula.operands where context.trace.terms[operand].formula != .given {
                rounded[operand] = (context.world.values[operand] * scale).rounded() / scale
            }
            if number.agrees(with: context.world.evaluate(formula, replacing: rounded)) {
                return Diagnosis(.referenceRounding, .roundedOperands(decimals: number.decimals))
            }
        }
        return nil
    }
}
