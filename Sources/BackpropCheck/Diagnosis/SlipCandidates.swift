import BackpropCore

/// The values named slips give for a term when everything before it is exact: the wrong answers
/// a course platform can recognise and explain (`exercise --export`).
///
/// Each candidate is the exact step recomputed with one slip applied, through
/// ``Formula/evaluate(rounding:_:)`` (the engine's own functions): an operand replaced (the
/// activation's slope by 1, the bias by 0, η by 1, the input factor ∂net/∂w by 1, a hidden
/// neuron's ∂E_total/∂out by one of its paths), the other reduction or ordering, the update
/// added or forgotten, a sign flipped, the ½ dropped or kept. A candidate is a guess at what the
/// slip gives; callers keep only those the ``Checker`` itself diagnoses as that slip when the
/// value is written for the term. The work per term is linear in the size of the step.
package struct SlipCandidates: Sendable {
    /// One slip and the value it gives.
    package struct Candidate: Sendable, Equatable {
        /// The slip applied.
        package let slip: Slip
        /// The value the step gives with it.
        package let value: Double
    }

    private let trace: Trace
    /// The same step with the hidden layer using the other ordering's weights, if it has the
    /// same terms (a batch has no other ordering).
    private let otherOrdering: Trace?

    /// Candidates for the terms of `trace`, an engine's trace.
    package init(trace: Trace) {
        self.trace = trace
        var options = trace.options
        options.hiddenUses = options.hiddenUses == .original ? .updated : .original
        if let other = try? Engine.run(trace.setup, options: options),
           other.terms.map(\.id) == trace.terms.map(\.id) {
            otherOrdering = other
        } else {
            otherOrdering = nil
        }
    }

    /// The values the slips give for the term at `index`, each slip's first distinct value in
    /// the order tried; none equal to the term's own value or to each other, all finite.
    package func candidates(for index: Int) -> [Candidate] {
        let term = trace.terms[index]
        let exact = term.value
        var found: [Candidate] = []
        func add(_ slip: Slip, _ value: Double?) {
            guard let value, value.isFinite, value != exact,
                  !found.contains(where: { $0.slip == slip && $0.value == value }) else { return }
            found.append(Candidate(slip: slip, value: value))
        }
        add(.flippedSign, -exact)
        if [.outputError, .totalError].contains(term.kind) { add(.negativeSquare, -exact) }
        if [.outputError, .totalError, .errorSlope].contains(term.kind) {
            add(.halfDropped, 2 * exact)
            add(.halfKept, exact / 2)
        }
        switch term.formula {
        case let .update(parameter, learningRate, gradient):
            add(.learningRateLeftOut, recomputed(index, replacing: [learningRate: 1]))
            add(.updateAdded, recomputed(index, replacing: [gradient: -value(gradient)]))
            add(.updateForgotten, value(parameter))
        case let .adamUpdate(parameter, _, _, _, _):
            add(.updateForgotten, value(parameter))
        case let .reduction(reduction, terms):
            let other: Reduction = reduction == .mean ? .sum : .mean
            add(.otherReduction, Formula.reduction(other, terms).evaluate(value))
        case let .velocity(_, previous, _):
            add(.momentumLeftOut, recomputed(index, replacing: [previous: 0]))
        case let .biasCorrected(moment, _, _):
            add(.biasCorrectionLeftOut, value(moment))
        case let .dot(left, right):
            if let diagonal = zip(left, right).first(where: { isDiagonalSlope($0.1) }) {
                add(.softmaxCrossTermsDropped, value(diagonal.0) * value(diagonal.1))
            }
        case let .weightedSum(_, inputs, bias):
            if let bias { add(.biasLeftOut, recomputed(index, replacing: [bias: 0])) }
            var nets: [Int: Double] = [:]
            for input in inputs {
                if case let .activation(_, net) = trace.terms[input].formula { nets[input] = value(net) }
            }
            if !nets.isEmpty { add(.netForOut, recomputed(index, replacing: nets)) }
        default:
            break
        }
        let near = nearby(index)
        for group in grouped(near.filter { trace.terms[$0].kind == .activationSlope }) {
            add(.missingActivationSlope, recomputed(index, replacing: group.reduce(into: [:]) { $0[$1] = 1 }))
        }
        if [.weightGradient, .biasGradient].contains(term.kind) {
            let factors = near.filter { trace.terms[$0].kind == .netSlope }
            if !factors.isEmpty {
                add(.deltaForGradient, recomputed(index, replacing: factors.reduce(into: [:]) { $0[$1] = 1 }))
            }
        }
        for sum in near + [index] where trace.terms[sum].kind == .hiddenErrorSlope {
            guard case let .sum(paths) = trace.terms[sum].formula, paths.count > 1 else { continue }
            for path in paths {
                add(.onePathOnly, recomputed(index, replacing: [sum: value(path)]))
            }
        }
        if let otherOrdering { add(.otherOrdering, otherOrdering.terms[index].value) }
        return found
    }

    private func value(_ index: Int) -> Double { trace.terms[index].value }

    private func isDiagonalSlope(_ index: Int) -> Bool {
        if case .softmaxSlope(_, _, same: true) = trace.terms[index].formula { return true }
        return false
    }

    /// The terms `index` is computed from, and the terms those are computed from: where a slip
    /// inside a δ (or a batch's per-example terms) shows in the term.
    private func nearby(_ index: Int) -> [Int] {
        let first = trace.terms[index].formula.operands
        var all = first
        for operand in first { all += trace.terms[operand].formula.operands }
        var seen = Set<Int>()
        return all.filter { seen.insert($0).inserted }
    }

    /// Terms of one kind that differ only by example, together: a slip made in every example of
    /// a batch alike.
    private func grouped(_ indices: [Int]) -> [[Int]] {
        var groups: [[Int]] = []
        var position: [[Int?]: Int] = [:]
        for index in indices {
            let id = trace.terms[index].id
            let key = [id.layer, id.neuron, id.weight, id.output]
            if let at = position[key] {
                groups[at].append(index)
            } else {
                position[key] = groups.count
                groups.append([index])
            }
        }
        return groups
    }

    /// The value of term `target` when the terms in `replaced` have those values and every term
    /// between them and `target` is recomputed from its formula.
    private func recomputed(_ target: Int, replacing replaced: [Int: Double]) -> Double? {
        guard let start = replaced.keys.min(), start <= target else { return nil }
        var values = trace.terms.map(\.value)
        for (index, value) in replaced { values[index] = value }
        guard start < target else { return values[target] }
        for index in (start + 1)...target where replaced[index] == nil {
            if let value = trace.terms[index].formula.evaluate({ values[$0] }) { values[index] = value }
        }
        return values[target]
    }
}
