import BackpropCore
import TemplateKit

/// The values the gradient-check templates receive (`gradientCheck` in `docs/templates.md`): for
/// each parameter checked, the backpropagated gradient beside the central difference, their
/// relative error and the verdict; derived in full for the first weight of each layer (every
/// parameter with `--detail all`).
///
/// The numbers are the ``GradientCheck``'s, computed by the engine; the derivations are the
/// formulas of its terms (``BackpropCore/Trace/adding(_:)``).
struct GradientCheckContext {
    let base: WalkthroughContext
    let check: GradientCheck

    /// How many decimals E_total(p ± h) is shown to: as many more than the walkthrough's as h
    /// has zeros after the point, so that their difference keeps the walkthrough's decimals
    /// after dividing by 2h.
    var errorDigits: Int {
        let exponent = NumberFormat.scientific(check.step)?.exponent ?? 0
        return min(NumberFormat.maximumDigits, base.options.numbers.digits + max(0, -exponent))
    }

    func values() -> TemplateValue {
        let extended = base.trace.adding(check)
        let wide = FormulaExpression(trace: extended, numbers: NumberFormat(digits: errorDigits))
        let naming = extended.naming
        var detailed: [TemplateValue] = []
        var table = Table(columns: [
            .init("parameter"),
            .init(base.cellMath(.partial(Self.total, MathSymbol("p"))) + " (backprop)", .decimal),
            .init(base.cellMath(.differenceQuotient(Self.total, MathSymbol("p"))) + " (central difference)", .decimal),
            .init("relative error"),
            .init("verdict"),
        ])
        var derivedLayers = Set<Int>()
        for entry in check.entries {
            let id = entry.parameter
            table.rows.append([
                base.cellMath(.symbol(Self.parameterSymbol(id, naming))),
                base.number(entry.gradient), base.number(entry.estimate),
                base.cellMath(.scientific(entry.relativeError)), entry.verdict.words,
            ])
            let inFull = base.options.detail == .all || (id.kind == .weight && derivedLayers.insert(id.layer).inserted)
            guard inFull else { continue }
            detailed.append(derivation(entry, extended: extended, formulas: wide))
        }
        var counts: [GradientCheck.Verdict: Int] = [:]
        for entry in check.entries { counts[entry.verdict, default: 0] += 1 }
        let tally = GradientCheck.Verdict.allCases.compactMap { verdict in
            counts[verdict].map { "\($0) \(verdict.words)" }
        }
        let worst = check.entries.filter { $0.verdict != .kink }.map(\.relativeError).max() ?? 0
        return .object([
            "title": .text("The gradient check"),
            "formula": base.display(.equation([
                .differenceQuotient(Self.total, MathSymbol("p")),
                .fraction(
                    .difference(
                        .applied(Self.total, [.sum([.symbol(MathSymbol("p")), .symbol(MathSymbol("h"))])]),
                        .applied(Self.total, [.difference(.symbol(MathSymbol("p")), .symbol(MathSymbol("h")))])
                    ),
                    .product([.number("2"), .symbol(MathSymbol("h"))])
                ),
            ])),
            "relativeError": base.inline(.equation([
                .text("relative error"),
                .fraction(
                    .absolute(.difference(.symbol(MathSymbol("a")), .symbol(MathSymbol("b")))),
                    .function("max", [.absolute(.symbol(MathSymbol("a"))), .absolute(.symbol(MathSymbol("b")))])
                ),
            ])),
            "step": base.inline(.equation([.symbol(MathSymbol("h")), .number(Self.exactly.string(check.step))])),
            "fine": base.inline(.scientific(GradientCheck.fineBelow)),
            "suspect": base.inline(.scientific(GradientCheck.suspectAbove)),
            "defaultStep": .bool(check.step == GradientCheck.defaultStep),
            "errorDigits": .text(String(errorDigits)),
            "detailed": .list(detailed),
            "table": .raw(base.style.tables.write(table)),
            "tally": .text(base.listNames(tally)),
            "worst": base.inline(.scientific(worst)),
            "checked": .text(String(check.entries.count)),
            "parameterCount": .text(String(check.parameterCount)),
            "isSample": .bool(check.isSample),
            "passes": .bool(check.passes),
            "allFine": .bool(counts[.fine] == check.entries.count),
            "hasSuspect": .bool(counts[.suspect] != nil),
            "hasKink": .bool(counts[.kink] != nil),
            "hasBorderline": .bool(counts[.borderline] != nil),
            "hasBelowResolution": .bool(counts[.belowResolution] != nil),
            "hiddenUsesUpdated": .bool(base.trace.options.hiddenUses == .updated),
        ])
    }

    private static let total = MathSymbol("E", subscript: "total")
    /// Every digit a short decimal like h = 0.00001 has.
    private static let exactly = NumberFormat(digits: NumberFormat.maximumDigits)

    private static func parameterSymbol(_ id: TermID, _ naming: TermNaming) -> MathSymbol {
        if case let .quantity(symbol) = naming.symbol(id) { return symbol }
        return MathSymbol(naming.name(id))
    }

    /// E(p + h), E(p − h), the central difference and the relative error of one parameter.
    private func derivation(_ entry: GradientCheck.Entry, extended: Trace, formulas: FormulaExpression) -> TemplateValue {
        let id = entry.parameter
        func term(_ kind: TermKind) -> Term? {
            extended[TermID(kind, layer: id.layer, neuron: id.neuron, weight: id.weight)]
        }
        func line(_ kind: TermKind) -> TemplateValue {
            term(kind).map { base.display(formulas.derivation($0)) } ?? .raw("")
        }
        // The two gradients agree to many more digits than the walkthrough's: written as E_total is.
        let wideNumbers = NumberFormat(digits: errorDigits)
        let (a, b) = (MathExpression.number(wideNumbers.string(entry.gradient)), MathExpression.number(wideNumbers.string(entry.estimate)))
        return .object([
            "name": .text(extended.naming.name(id)),
            "raised": line(.raisedError),
            "lowered": line(.loweredError),
            "estimate": line(.differenceQuotient),
            "relative": base.display(.equation([
                .text("relative error"),
                .fraction(.absolute(.difference(a, b)), .function("max", [.absolute(a), .absolute(b)])),
                .scientific(entry.relativeError),
            ])),
            "verdict": .text(entry.verdict.words),
            "kink": .bool(entry.crossesKink),
        ])
    }
}
