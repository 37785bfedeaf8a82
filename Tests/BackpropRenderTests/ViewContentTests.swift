import BackpropCore
import BackpropRender
import Foundation
import Testing

/// What the views show, checked against the trace: the matrix form's entries are the trace's
/// terms, large layers are elided and say so, wide networks get a layer-level graph, the DOT is
/// valid Graphviz and the gradient check agrees with the engine's gradients.
@Suite struct ViewContentTests {
    /// A network of `sizes` with weights and biases spread over [−0.3, 0.3], one example.
    static func network(
        _ sizes: [Int], activations: [Activation]? = nil, loss: Loss = .halfSquared,
        sharing: BiasSharing = .perNeuron, examples: Int = 1
    ) throws -> TrainingSetup {
        let weightCount = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
        let spread = { (index: Int) in Double((index * 7) % 13 - 6) * 0.05 }
        let biases = sizes.dropFirst().map { size in (0..<sharing.count(forLayerOf: size)).map(spread) }
        let last = sizes[sizes.count - 1]
        let example = { (k: Int) in
            Example(
                inputs: (0..<sizes[0]).map { spread($0 + k) + 0.5 },
                targets: (0..<last).map { loss == .crossEntropy ? ($0 == k % last ? 1 : 0) : 0.1 + 0.8 * Double($0 % 2) }
            )
        }
        return try TrainingSetup(
            layerSizes: sizes, weights: (0..<weightCount).map(spread), biases: Array(biases),
            biasSharing: sharing, activations: activations ?? Array(repeating: .logistic, count: sizes.count - 1),
            examples: (0..<examples).map(example), loss: loss, learningRate: 0.5
        )
    }

    /// Whether two numbers agree to the last bits: Foundation's JSON parser on Linux may round
    /// the 17th significant digit of what ``JSONNumber`` wrote exactly.
    static func same(_ a: Double, _ b: Double?) -> Bool {
        guard let b else { return false }
        return abs(a - b) <= 4 * max(a.ulp, b.ulp)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: [BiasSharing.perLayer, .perNeuron, .none])
    func matrixEntriesAreTheTracesTerms(sharing: BiasSharing) throws {
        let trace = try Engine.run(Self.network([3, 4, 2], sharing: sharing))
        let form = try Self.json(ViewJSONRenderer().render(StepViews(trace: trace, shown: [.matrix])))
        let layers = try #require(form["layers"] as? [[String: Any]])
        let network = trace.network
        for (offset, layer) in layers.enumerated() {
            let l = offset + 1
            let matrices: [(String, TermKind)] = [("W", .weight), ("dE_dW", .weightGradient), ("W_updated", .updatedWeight)]
            for (key, kind) in matrices {
                let rows = try #require(layer[key] as? [[Double]])
                for (j, row) in rows.enumerated() {
                    for (k, value) in row.enumerated() {
                        let weight = network.weightIndex(layer: l, neuron: j, source: k)
                        #expect(Self.same(value, trace[TermID(kind, layer: l, neuron: j, weight: weight)]?.value), "\(key)[\(l)][\(j)][\(k)]")
                    }
                }
            }
            let vectors: [(String, TermKind)] = [("z", .netInput), ("a", .output), ("delta", .delta), ("activationSlope", .activationSlope)]
            for (key, kind) in vectors {
                let values = try #require(layer[key] as? [Double])
                #expect(values.count == network.layerSizes[l])
                for (neuron, value) in values.enumerated() {
                    #expect(Self.same(value, trace[TermID(kind, layer: l, neuron: neuron)]?.value), "\(key)\(l)")
                }
            }
            let biases = try #require(layer["dE_db"] as? [Double])
            #expect(biases.count == sharing.count(forLayerOf: network.layerSizes[l]))
            for (slot, value) in biases.enumerated() {
                let neuron: Int? = sharing == .perLayer ? nil : slot
                #expect(Self.same(value, trace[TermID(.biasGradient, layer: l, neuron: neuron)]?.value))
            }
        }
    }

    @Test(arguments: [Reduction.mean, .sum])
    func aBatchsMatricesHaveAColumnPerExampleOfTheTracesTerms(reduction: Reduction) throws {
        let trace = try Engine.run(
            Self.network([3, 4, 2], examples: 5), options: TrainingOptions(batchSize: 3, reduction: reduction)
        )
        let form = try Self.json(ViewJSONRenderer().render(StepViews(trace: trace, shown: [.matrix])))
        #expect(form["examples"] as? [Int] == [1, 2, 3])
        #expect(form["reduction"] as? String == reduction.rawValue)
        let errors = try #require(form["exampleErrors"] as? [Double])
        #expect(errors.count == 3)
        for (example, value) in errors.enumerated() {
            #expect(Self.same(value, trace[TermID(.totalError, layer: 2, example: example)]?.value))
        }
        #expect(Self.same(try #require(form["E_total"] as? Double), trace[.totalError(layer: 2)]?.value))
        let layers = try #require(form["layers"] as? [[String: Any]])
        for (offset, layer) in layers.enumerated() {
            for (key, kind) in [("z", TermKind.netInput), ("a", .output), ("delta", .delta), ("dE_da", offset == 1 ? .errorSlope : .hiddenErrorSlope)] {
                let rows = try #require(layer[key] as? [[Double]], "\(key)")
                for (neuron, row) in rows.enumerated() {
                    #expect(row.count == 3)
                    for (example, value) in row.enumerated() {
                        #expect(Self.same(value, trace[TermID(kind, layer: offset + 1, neuron: neuron, example: example)]?.value), "\(key)")
                    }
                }
            }
            let gradients = try #require(layer["dE_dW"] as? [[Double]])
            for (j, row) in gradients.enumerated() {
                for (k, value) in row.enumerated() {
                    let weight = trace.network.weightIndex(layer: offset + 1, neuron: j, source: k)
                    #expect(Self.same(value, trace[TermID(.weightGradient, layer: offset + 1, neuron: j, weight: weight)]?.value))
                }
            }
        }
        let text = try ViewGoldenTests.render(StepViews(trace: trace, shown: [.matrix]), .text)
        #expect(text.contains(reduction == .mean ? "∂E_total/∂W² = 1/n · δ² · (a¹)ᵀ" : "∂E_total/∂W² = δ²·(a¹)ᵀ"))
    }

    @Test func softmaxJacobianEntriesAreTheTracesSlopes() throws {
        let trace = try Engine.run(Self.network([2, 3, 3], activations: [.tanh, .softmax], loss: .crossEntropy))
        let form = try Self.json(ViewJSONRenderer().render(StepViews(trace: trace, shown: [.matrix])))
        let output = try #require((form["layers"] as? [[String: Any]])?.last)
        let jacobian = try #require(output["activationJacobian"] as? [[Double]])
        for k in 0..<3 {
            for j in 0..<3 {
                #expect(Self.same(jacobian[k][j], trace[TermID(.activationSlope, layer: 2, neuron: j, output: k)]?.value))
            }
        }
    }

    @Test func largeLayersAreElidedUnlessEveryEntryIsAskedFor() throws {
        let trace = try Engine.run(Self.network([3, 12, 2]))
        let elided = try ViewGoldenTests.render(StepViews(trace: trace, shown: [.matrix]), .text)
        #expect(elided.contains("⋮"))
        #expect(elided.contains("W¹ is 12 × 3: 5 of its 12 rows are left out (⋮, ⋯)"))
        #expect(elided.contains("--detail all writes every entry"))
        let whole = try ViewGoldenTests.render(
            StepViews(trace: trace, shown: [.matrix]), .text, WalkthroughOptions(detail: .all)
        )
        #expect(!whole.contains("⋮"))
        #expect(!whole.contains("are left out (⋮, ⋯)"), "\(whole.split(separator: "\n").filter { $0.contains("left out") })")
    }

    @Test func wideNetworksGetALayerLevelGraphAndSayWhy() throws {
        let trace = try Engine.run(Self.network([3, 12, 2]))
        let views = StepViews(trace: trace, shown: [.graph], graph: ComputationalGraph(trace: trace))
        let text = try ViewGoldenTests.render(views, .text)
        let prose = text.replacingOccurrences(of: "\n", with: " ")
        #expect(prose.contains("widest row (at most 8 are drawn), so this one shows each layer's vectors and matrices as nodes"))
        #expect(text.contains("W¹"))
        #expect(!text.contains("w1·i1"))
        let small = try Engine.run(Self.network([2, 2, 2]))
        let scalar = try ViewGoldenTests.render(StepViews(trace: small, shown: [.graph], graph: ComputationalGraph(trace: small)), .text)
        #expect(scalar.contains("w1·i1"))
        #expect(!scalar.contains("shows each layer's vectors"))
    }

    static let dot: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appending(path: "dot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    @Test(.enabled(if: dot != nil, "needs Graphviz's dot"), arguments: [[2, 2, 2], [3, 12, 2], [2, 3, 3, 2]])
    func dotIsValidGraphviz(sizes: [Int]) throws {
        let dot = try #require(Self.dot)
        let trace = try Engine.run(Self.network(sizes))
        let text = GraphDOTRenderer(numbers: .standard).render(
            StepViews(trace: trace, shown: [.graph], graph: ComputationalGraph(trace: trace))
        )
        let folder = try GoldenFile.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appending(path: "graph.dot"))
        let process = Process()
        process.executableURL = dot
        process.arguments = ["-Tsvg", "-o", folder.appending(path: "graph.svg").path, folder.appending(path: "graph.dot").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(message.isEmpty, "\(message)")
        let svg = try String(contentsOf: folder.appending(path: "graph.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
    }

    struct CheckCase: CustomTestStringConvertible, Sendable {
        let sizes: [Int], activations: [Activation], loss: Loss, sharing: BiasSharing, examples: Int
        var testDescription: String { "\(sizes) \(activations) \(loss) biases \(sharing) × \(examples)" }
    }

    static let checkCases = [
        CheckCase(sizes: [2, 2, 2], activations: [.logistic, .logistic], loss: .halfSquared, sharing: .perLayer, examples: 1),
        CheckCase(sizes: [3, 4, 3], activations: [.tanh, .softmax], loss: .crossEntropy, sharing: .perNeuron, examples: 1),
        CheckCase(sizes: [3, 4, 3], activations: [.tanh, .softmax], loss: .crossEntropy, sharing: .none, examples: 3),
        CheckCase(sizes: [2, 3, 2], activations: [.logistic, .logistic], loss: .binaryCrossEntropy, sharing: .perNeuron, examples: 2),
        CheckCase(sizes: [2, 3, 3, 1], activations: [.tanh, .logistic, .linear], loss: .meanSquared, sharing: .perLayer, examples: 4),
    ]

    /// The stated tolerance: CS231n's 10⁻⁷ on the relative error, which every entry meets.
    @Test(arguments: checkCases)
    func gradientCheckAgreesWithTheEnginesGradients(_ check: CheckCase) throws {
        let setup = try Self.network(check.sizes, activations: check.activations, loss: check.loss, sharing: check.sharing, examples: check.examples)
        let trace = try Engine.run(setup)
        let result = try GradientCheck(trace: trace)
        #expect(result.entries.count == GradientCheck.parameterCount(of: setup.network))
        for entry in result.entries {
            let kind: TermKind = entry.parameter.kind == .weight ? .weightGradient : .biasGradient
            let id = TermID(kind, layer: entry.parameter.layer, neuron: entry.parameter.neuron, weight: entry.parameter.weight)
            #expect(entry.gradient == trace[id]?.value)
            #expect(
                entry.relativeError < GradientCheck.fineBelow || abs(entry.gradient - entry.estimate) <= entry.roundingLimit,
                "\(trace.naming.name(entry.parameter)): \(entry.gradient) vs \(entry.estimate)"
            )
        }
        #expect(result.passes)
    }
}

/// Past 8 nodes a rank the layer-level graph still shows numbers: each vector's and matrix's
/// shape, first entries and gradients; `GraphLevel` forces either graph.
@Suite struct LayerLevelGraphTests {
    @Test func layerNodesShowTheirValuesAndGradients() throws {
        let trace = try Engine.run(ViewContentTests.network([3, 12, 2]))
        let views = StepViews(trace: trace, shown: [.graph], graph: ComputationalGraph(trace: trace))
        let text = try ViewGoldenTests.render(views, .text)
        let graph = ComputationalGraph(trace: trace)
        let number = { (id: TermID) in NumberFormat.standard.string(graph.index(of: id).map { graph.nodes[$0].value } ?? .nan) }
        // a¹ is 12×1: its first two outputs, "⋯" and its last.
        let outputs = (0..<12).map { number(TermID(.output, layer: 1, neuron: $0)) }
        #expect(text.contains("a¹ = 12×1 [\(outputs[0]), \(outputs[1]), ⋯, \(outputs[11])]"), "\(text)")
        #expect(text.contains("a⁰ = 3×1 ["))
        #expect(text.contains("grad 12×3 ["))
        #expect(!text.contains(" × 1"), "no node shows only its shape")
        let total = NumberFormat.standard.string(trace[.totalError(layer: 2)]!.value)
        #expect(text.contains("E_total = \(total)"))
        let svg = try ViewGoldenTests.render(views, .html)
        #expect(svg.contains("value \(total)"))
        #expect(svg.contains("value 12×3 ["))
    }

    @Test func theLevelCanBeForced() throws {
        let small = try Engine.run(ViewContentTests.network([2, 2, 2]))
        let layers = StepViews(trace: small, shown: [.graph], graph: ComputationalGraph(trace: small), graphLevel: .layers)
        let text = try ViewGoldenTests.render(layers, .text)
        #expect(text.contains("W¹ = 2×2 ["))
        #expect(text.contains("As --graph layers asks"))
        let wide = try Engine.run(ViewContentTests.network([3, 12, 2]))
        let scalar = StepViews(trace: wide, shown: [.graph], graph: ComputationalGraph(trace: wide), graphLevel: .scalar)
        let scalarText = try ViewGoldenTests.render(scalar, .text)
        #expect(scalarText.contains("w1·i1"))
        #expect(!scalarText.contains("vectors and matrices as nodes"))
    }
}
