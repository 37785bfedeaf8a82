/// The traced step's forward computation as a graph of scalar operations, as micrograd draws
/// it: one node per input, target, weight, bias, product w·x, sum (net input), activation,
/// output error and the total error, each with its value and ∂E_total/∂(node).
///
/// Derived from the trace's formulas. Where the trace has a term for a node's gradient
/// (∂E_total/∂w, δ for a net input, ∂E_total/∂out, ∂E_total/∂b) that term's value is the
/// gradient; the rest are computed here by the chain rule from those: a product's gradient is
/// the δ of the sum it feeds (∂net/∂(w·x) = 1), an output error's is 1 (E_total = Σ Eₒ), and an
/// input's is Σ δ·w over the neurons it feeds, with the weights the step's ordering gives the
/// hidden deltas. Targets are constants: they have no gradient.
///
/// The graph is of the trace's one example (``init(trace:)`` returns nil for a step of several);
/// its size is linear in the network's, times the output layer's for a softmax.
public struct ComputationalGraph: Sendable {
    /// One node.
    public struct Node: Sendable, Equatable {
        /// What the node computes.
        public enum Operation: Sendable, Equatable {
            /// A given: an input, a target, a weight or a bias.
            case leaf
            /// The product of its two operands, w·x.
            case product
            /// The sum of its operands: a net input, Σ w·x + b, or E_total = Σ Eₒ.
            case sum
            /// An activation applied to its operand, or for softmax, output k of the softmax of
            /// its operands (the layer's net inputs).
            case activation(Activation)
            /// One output's share of the loss, from its output and its target.
            case loss(Loss)
        }

        /// The trace's term whose value the node is; nil for a product w·x, which has none.
        public let term: TermID?
        /// For a product w·x: the weight's flat index.
        public let weight: Int?
        /// What it computes.
        public let operation: Operation
        /// The nodes it is computed from, by index into ``ComputationalGraph/nodes``.
        public let operands: [Int]
        /// Its value.
        public let value: Double
        /// ∂E_total/∂(node); nil for a constant (a target).
        public let gradient: Double?
    }

    /// Every node, each after its operands.
    public let nodes: [Node]

    /// The graph of `trace`'s forward computation.
    public init(trace: Trace) {
        var builder = Builder(trace: trace)
        for (index, term) in trace.terms.enumerated() where term.section != .gradientCheck {
            builder.add(term, at: index)
        }
        nodes = builder.nodes
    }

    /// The node that is the trace's term `id`.
    public func index(of id: TermID) -> Int? { nodes.firstIndex { $0.term == id } }
}

extension ComputationalGraph {
    /// Builds the nodes in trace order, products just before the sum they feed.
    private struct Builder {
        let trace: Trace
        var nodes: [Node] = []
        /// The node of each term that has one, by term index.
        var nodeOfTerm: [Int: Int] = [:]

        init(trace: Trace) {
            self.trace = trace
            nodes.reserveCapacity(2 * trace.network.weights.count + 4 * trace.network.layerSizes.reduce(0, +) + 1)
        }

        mutating func add(_ term: Term, at index: Int) {
            switch (term.kind, term.formula) {
            case (.input, .given), (.weight, .given), (.bias, .given):
                append(term, at: index, .leaf, operands: [], gradient: gradient(ofLeaf: term))
            case (.target, .given):
                append(term, at: index, .leaf, operands: [], gradient: nil)
            case let (.netInput, .weightedSum(weights, inputs, bias)):
                let delta = value(TermID(.delta, layer: term.layer, neuron: term.neuron))
                var operands: [Int] = []
                for (weight, input) in zip(weights, inputs) {
                    guard let weightNode = nodeOfTerm[weight], let inputNode = nodeOfTerm[input] else { continue }
                    nodes.append(Node(
                        term: nil, weight: trace.terms[weight].weight, operation: .product,
                        operands: [weightNode, inputNode],
                        value: trace.terms[weight].value * trace.terms[input].value,
                        // ∂E/∂(w·x) = δ · ∂net/∂(w·x), and the second factor is 1.
                        gradient: delta
                    ))
                    operands.append(nodes.count - 1)
                }
                if let bias, let biasNode = nodeOfTerm[bias] { operands.append(biasNode) }
                append(term, at: index, .sum, operands: operands, gradient: delta)
            case let (.output, .activation(activation, net)):
                let kind: TermKind = term.layer == trace.outputLayer ? .errorSlope : .hiddenErrorSlope
                append(
                    term, at: index, .activation(activation), operands: nodeOfTerm[net].map { [$0] } ?? [],
                    gradient: value(TermID(kind, layer: term.layer, neuron: term.neuron))
                )
            case let (.output, .softmax(_, nets)):
                // One node per output, each computed from every net input of its layer.
                append(
                    term, at: index, .activation(.softmax), operands: nets.compactMap { nodeOfTerm[$0] },
                    gradient: value(TermID(.errorSlope, layer: term.layer, neuron: term.neuron))
                )
            case let (.outputError, .loss(loss, target, output, _)):
                append(
                    term, at: index, .loss(loss), operands: [output, target].compactMap { nodeOfTerm[$0] },
                    gradient: 1
                )
            case let (.totalError, .sum(errors)):
                append(term, at: index, .sum, operands: errors.compactMap { nodeOfTerm[$0] }, gradient: 1)
            default:
                break
            }
        }

        private mutating func append(
            _ term: Term, at index: Int, _ operation: Node.Operation, operands: [Int], gradient: Double?
        ) {
            nodes.append(Node(
                term: term.id, weight: nil, operation: operation, operands: operands,
                value: term.value, gradient: gradient
            ))
            nodeOfTerm[index] = nodes.count - 1
        }

        private func value(_ id: TermID) -> Double { trace[id]?.value ?? .nan }

        /// ∂E_total/∂w and ∂E_total/∂b from the trace; ∂E_total/∂i by the chain rule.
        private func gradient(ofLeaf term: Term) -> Double {
            switch term.kind {
            case .weight: return value(TermID(.weightGradient, layer: term.layer, neuron: term.neuron, weight: term.weight))
            case .bias: return value(TermID(.biasGradient, layer: term.layer, neuron: term.neuron))
            default: return inputGradient(term.neuron ?? 0)
            }
        }

        /// Σₙ δₙ·wₙₛ over the first layer's neurons n, with the weights the step's ordering
        /// gives the hidden deltas (the original ones, or the updated ones).
        private func inputGradient(_ source: Int) -> Double {
            let network = trace.network
            var sum = 0.0
            for neuron in 0..<network.layerSizes[1] {
                let weight = network.weightIndex(layer: 1, neuron: neuron, source: source)
                let weightValue = trace.options.hiddenUses == .updated
                    ? value(TermID(.updatedWeight, layer: 1, neuron: neuron, weight: weight))
                    : network.weights[weight]
                sum += value(TermID(.delta, layer: 1, neuron: neuron)) * weightValue
            }
            return sum
        }
    }
}
