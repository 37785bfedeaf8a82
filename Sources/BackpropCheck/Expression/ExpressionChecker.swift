import BackpropCore

/// Marks a sheet of an expression's values and gradients against its trace, with error carried
/// forward: each answer is also recomputed from the student's own earlier numbers (their
/// operands' values, their consumers' gradients), so one early slip counts once; a wrong
/// gradient is diagnosed when a known ``ExpressionSlip`` gives it.
package struct ExpressionChecker: Sendable {
    /// How an answer was judged.
    package enum Verdict: Sendable, Equatable {
        case correct
        /// Wrong, but what the student's own earlier numbers give.
        case carried(Double)
        case wrong(slip: ExpressionSlip?)
    }

    /// One answer and its verdict, with the exact value.
    package struct Mark: Sendable, Equatable {
        package let answer: ExpressionAnswer
        package let expected: Double
        package let verdict: Verdict

        package var isRight: Bool { if case .wrong = verdict { return false } else { return true } }
    }

    package let trace: ExpressionTrace

    package init(trace: ExpressionTrace) { self.trace = trace }

    /// The numbers a student has written so far, the exact ones where they wrote none: what
    /// carried-forward marking recomputes from.
    package struct StudentNumbers: Sendable {
        package private(set) var values: [Double]
        package private(set) var gradients: [Double]
        private let trace: ExpressionTrace

        package init(trace: ExpressionTrace) {
            self.trace = trace
            values = trace.nodes.map(\.value)
            gradients = trace.gradients
        }

        /// Takes the exact number back for `quantity` (an answer revealed or skipped).
        package mutating func forget(_ quantity: ExpressionAnswer.Quantity) {
            switch quantity {
            case let .value(node): values[node] = trace.nodes[node].value
            case let .gradient(node): gradients[node] = trace.gradients[node]
            }
        }

        /// Takes the student's number for what `answer` answers.
        package mutating func record(_ answer: ExpressionAnswer) {
            switch answer.quantity {
            case let .value(node): values[node] = answer.written.value
            case let .gradient(node): gradients[node] = answer.written.value
            }
        }
    }

    /// Every answer of `sheet`, marked, in the sheet's order, each against all the student's
    /// other numbers.
    package func mark(_ sheet: ExpressionAnswerSheet) -> [Mark] {
        var numbers = StudentNumbers(trace: trace)
        for answer in sheet.answers { numbers.record(answer) }
        return sheet.answers.map { judge($0, given: numbers) }
    }

    /// One answer judged: right, following from the student's own `numbers`, or wrong with the
    /// slip that gives it. Costs as many steps as the node has operands or uses.
    package func judge(_ answer: ExpressionAnswer, given numbers: StudentNumbers) -> Mark {
        let values = numbers.values, gradients = numbers.gradients
        switch answer.quantity {
        case let .value(node):
            let expected = trace.nodes[node].value
            if answer.written.agrees(with: expected) { return Mark(answer: answer, expected: expected, verdict: .correct) }
            if let operation = trace.nodes[node].operation {
                let own = operation.formula.evaluate(trace.nodes[node].operands.map { values[$0] }, result: .nan)
                if answer.written.agrees(with: own) { return Mark(answer: answer, expected: expected, verdict: .carried(own)) }
            }
            return Mark(answer: answer, expected: expected, verdict: .wrong(slip: nil))
        case let .gradient(node):
            let expected = trace.gradients[node]
            if answer.written.agrees(with: expected) { return Mark(answer: answer, expected: expected, verdict: .correct) }
            let paths = paths(into: node, values: values, gradients: gradients)
            let own = paths.reduce(0) { $0 + $1.gradient * $1.local }
            if node != trace.output, answer.written.agrees(with: own) {
                return Mark(answer: answer, expected: expected, verdict: .carried(own))
            }
            let slip = slips(paths, total: own, values: values).first { answer.written.agrees(with: $0.value) }?.slip
            return Mark(answer: answer, expected: expected, verdict: .wrong(slip: slip))
        }
    }

    /// One use of a node: the consumer, its gradient and its local derivative, from the
    /// student's numbers where they gave them.
    private struct Path {
        let consumer: Int
        let position: Int
        let gradient: Double
        let local: Double
    }

    private func paths(into node: Int, values: [Double], gradients: [Double]) -> [Path] {
        trace.uses[node].compactMap { use in
            let consumer = trace.nodes[use.consumer]
            guard let operation = consumer.operation else { return nil }
            let local = operation.localDerivatives[use.position]
                .evaluate(consumer.operands.map { values[$0] }, result: values[use.consumer])
            return Path(consumer: use.consumer, position: use.position, gradient: gradients[use.consumer], local: local)
        }
    }

    /// What each slip would have given, most specific first.
    private func slips(_ paths: [Path], total: Double, values: [Double]) -> [(slip: ExpressionSlip, value: Double)] {
        var candidates: [(ExpressionSlip, Double)] = []
        for path in paths {
            let consumer = trace.nodes[path.consumer]
            let without = total - path.gradient * path.local
            let operands = consumer.operands.map { values[$0] }
            if let power = consumer.operation as? Power {
                let slope = OperationFormula.power(.operand(0), power.exponent - 1).evaluate(operands, result: values[path.consumer])
                candidates.append((.powerRuleWithoutFactor(power: path.consumer, exponent: power.exponent), without + path.gradient * slope))
            }
            if consumer.operation is Divide, path.position == 1 {
                candidates.append((.quotientRuleSign(quotient: path.consumer), without - path.gradient * path.local))
            }
            if consumer.operation is Sigmoid {
                candidates.append((.sigmoidSlopeAsValue(sigmoid: path.consumer), without + path.gradient * values[path.consumer]))
            }
        }
        if paths.count > 1 {
            for path in paths { candidates.append((.fanOutPathLeftOut(consumer: path.consumer, uses: paths.count), total - path.gradient * path.local)) }
        }
        for path in paths where path.gradient != 1 {
            candidates.append((.chainFactorDropped(consumer: path.consumer, keptLocalDerivative: true), total - path.gradient * path.local + path.local))
        }
        for path in paths where path.local != 1 {
            candidates.append((.chainFactorDropped(consumer: path.consumer, keptLocalDerivative: false), total - path.gradient * path.local + path.gradient))
        }
        return candidates
    }
}
