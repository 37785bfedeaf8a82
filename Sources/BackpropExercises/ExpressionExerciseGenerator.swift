import BackpropCore
import BackpropSupport

/// Seeded expression exercises (`exercise --expr-size N`): programs of N operations on two or
/// three inputs, in micrograd's syntax, drawn again until they are fit for hand calculation.
///
/// Degeneracy checks: no division by a value below ``smallestMagnitude`` in size, no log or
/// square root of a value below it, no exp of a value above 5; no ReLU with its input within
/// 0.05 of its kink, and not every ReLU flat (a graph whose ReLUs all stop the gradient teaches
/// nothing); every input's gradient at least 0.001 in size, every value and gradient below
/// 10,000. Every operation feeds the output. Exercise k of a seed and size is the same whatever
/// the count.
package struct ExpressionExerciseGenerator: Sendable {
    /// The most operations an exercise may have.
    package static let maximumSize = 30
    /// The smallest divisor, logarithm or square root argument drawn.
    package static let smallestMagnitude = 0.1
    /// Draws of one program before giving up (in practice a handful suffice).
    package static let maximumAttempts = 10_000

    package let seed: UInt64
    package let size: Int

    /// A generator of programs of `size` operations (1…``maximumSize``).
    package init(seed: UInt64, size: Int) {
        self.seed = seed
        self.size = min(max(size, 1), Self.maximumSize)
    }

    /// One exercise: its program and the program's trace.
    package struct Exercise: Sendable {
        package let number: Int
        package let program: String
        package let trace: ExpressionTrace
    }

    /// Exercise `number` (from 1).
    ///
    /// - Throws: ``ExerciseError/noSuitableNetwork(exercise:attempts:)`` if no draw passes.
    package func exercise(_ number: Int) throws(ExerciseError) -> Exercise {
        var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<Self.maximumAttempts {
            if let (program, trace) = draw(&random) { return Exercise(number: number, program: program, trace: trace) }
        }
        throw .noSuitableNetwork(exercise: number, attempts: Self.maximumAttempts)
    }

    private enum Form: CaseIterable {
        case add, subtract, multiply, divide, negate, square, cube, exp, log, tanh, sigmoid, relu, sin, cos, sqrt
    }

    /// One candidate, or nil when it fails a check.
    private func draw(_ random: inout SplitMix64) -> (String, ExpressionTrace)? {
        var builder = ExpressionGraphBuilder(nodeLimit: 4 * Self.maximumSize + 8)
        var lines: [String] = []
        var names: [(name: String, node: Int)] = []
        var unused: [String] = []
        let inputNames = ["a", "b", "c"].prefix(size > 3 ? 3 : 2)
        for name in inputNames {
            var value = 0.0
            while abs(value) < 0.2 { value = Double(random.nextInt(in: -200...200)) / 100 }
            guard let node = try? builder.input(value) else { return nil }
            builder.name(node, name)
            names.append((name, node))
            unused.append(name)
            lines.append("\(name) = \(NumberText.twoDecimals(value))")
        }
        var relus: [Double] = []
        for index in 1...size {
            let isLast = index == size
            // An operand not yet used first, so that every value feeds the output.
            func pick() -> (name: String, node: Int) {
                if let name = unused.first, let found = names.first(where: { $0.name == name }) { return found }
                return names[random.nextInt(in: 0...(names.count - 1))]
            }
            let forms = Form.allCases
            let form = forms[random.nextInt(in: 0...(forms.count - 1))]
            let left = pick()
            unused.removeAll { $0 == left.name }
            let right = names[random.nextInt(in: 0...(names.count - 1))]
            let x = builder.nodes[left.node].value, y = builder.nodes[right.node].value
            let text: String
            let operation: any Operation
            var operands = [left.node]
            switch form {
            case .add: (text, operation) = ("\(left.name) + \(right.name)", Add()); operands.append(right.node)
            case .subtract:
                guard left.node != right.node else { return nil }
                (text, operation) = ("\(left.name) - \(right.name)", Subtract()); operands.append(right.node)
            case .multiply: (text, operation) = ("\(left.name) * \(right.name)", Multiply()); operands.append(right.node)
            case .divide:
                guard left.node != right.node, abs(y) >= Self.smallestMagnitude else { return nil }
                (text, operation) = ("\(left.name) / \(right.name)", Divide()); operands.append(right.node)
            case .negate: (text, operation) = ("-\(left.name)", Negate())
            case .square: (text, operation) = ("\(left.name)**2", Power(exponent: 2))
            case .cube: (text, operation) = ("\(left.name)**3", Power(exponent: 3))
            case .exp:
                guard x <= 5 else { return nil }
                (text, operation) = ("exp(\(left.name))", Exponential())
            case .log:
                guard x >= Self.smallestMagnitude else { return nil }
                (text, operation) = ("log(\(left.name))", Logarithm())
            case .tanh: (text, operation) = ("tanh(\(left.name))", HyperbolicTangent())
            case .sigmoid: (text, operation) = ("sigmoid(\(left.name))", Sigmoid())
            case .relu:
                guard abs(x) >= 0.05 else { return nil }
                relus.append(x)
                (text, operation) = ("\(left.name).relu()", ReLU())
            case .sin: (text, operation) = ("sin(\(left.name))", Sine())
            case .cos: (text, operation) = ("cos(\(left.name))", Cosine())
            case .sqrt:
                guard x >= Self.smallestMagnitude else { return nil }
                (text, operation) = ("sqrt(\(left.name))", SquareRoot())
            }
            if operands.count == 2 { unused.removeAll { $0 == right.name } }
            guard let node = try? builder.apply(operation, to: operands) else { return nil }
            let name = isLast ? "out" : "v\(index)"
            var statement = "\(name) = \(text)"
            var result = node
            if isLast, !unused.isEmpty {
                // What no operation used is added in, so that it feeds the output too.
                var sum = node
                for leftover in unused {
                    guard let other = names.first(where: { $0.name == leftover }),
                          let added = try? builder.apply(Add(), to: [sum, other.node]) else { return nil }
                    sum = added
                }
                statement = "\(name) = " + ([text.contains(" ") ? "(\(text))" : text] + unused).joined(separator: " + ")
                result = sum
            }
            builder.name(result, name)
            names.append((name, result))
            unused.append(name)
            lines.append(statement)
            if isLast { unused.removeAll() }
        }
        guard relus.isEmpty || relus.contains(where: { $0 > 0 }) else { return nil }
        let trace = ExpressionTrace(graph: builder.nodes, output: builder.nodes.count - 1)
        for node in trace.nodes.indices {
            guard abs(trace.nodes[node].value) < 10_000, abs(trace.gradients[node]) < 10_000 else { return nil }
            if case .input = trace.nodes[node].kind, abs(trace.gradients[node]) < 0.001 { return nil }
        }
        guard trace.nodes.count == builder.nodes.count else { return nil }
        return (lines.joined(separator: "\n") + "\n", trace)
    }
}

/// Two decimals as an exercise writes its values: `-1.5`, `0.25`, `2`.
enum NumberText {
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
