import BackpropCore
import BackpropRender

/// Every term of a step as a value with an identifier (`v17`) and its formula written over
/// other terms' identifiers, in the ASCII notation of worksheets (`v3*v1 + v4*v2 + v11*1`,
/// `1/(1 + exp(-v16))`): enough for a platform's expression language to recompute later terms
/// from a student's earlier answers. A formula that needs anything beyond arithmetic, `exp`,
/// `ln`, `tanh`, `max` and `sqrt` (relu's step, a sum over a softmax written with Σ) is left
/// out, and the platform uses the value.
struct DerivationText {
    let values: [DerivedValue]

    init(trace: Trace) {
        let formulas = FormulaText(trace: trace)
        values = trace.terms.enumerated().map { index, term in
            let formula: String? = term.formula == .given
                ? nil
                : formulas.written(term) { .text(Self.identifier($0)) }
            return DerivedValue(
                identifier: Self.identifier(index), value: term.value, operands: term.formula.operands,
                formula: formula.flatMap { Self.isPlainArithmetic($0) ? $0 : nil }
            )
        }
    }

    /// The identifier of the term at `index`.
    static func identifier(_ index: Int) -> String { "v\(index)" }

    private static let functions: Set<Substring> = ["exp", "ln", "tanh", "max", "sqrt"]

    /// Whether `formula` holds only numbers, identifiers, the operators and the functions above.
    static func isPlainArithmetic(_ formula: String) -> Bool {
        let operators = Set("+-*/^(), .")
        guard formula.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || operators.contains($0)) }) else {
            return false
        }
        let words = formula.split { !($0.isLetter || $0.isNumber) }
        return words.allSatisfy { word in
            word.allSatisfy(\.isNumber) || functions.contains(word)
                || (word.first == "v" && word.count > 1 && word.dropFirst().allSatisfy(\.isNumber))
        }
    }
}
