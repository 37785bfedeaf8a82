import BackpropCheck
import BackpropCore
import Testing

/// The slips of issue 10's settings, each on a sheet right up to the slipped term, whose wrong
/// value is computed here from the trace's own numbers the way the slip computes it.
@Suite struct SettingsSlipTests {
    /// A 2-3 softmax classifier with cross-entropy on two examples, no biases.
    static func softmaxBatch(reduction: Reduction = .mean) throws -> Trace {
        let setup = try TrainingSetup(
            layerSizes: [2, 3], weights: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], biases: [[]], biasSharing: .none,
            activations: [.softmax],
            examples: [Example(inputs: [0.5, 0.1], targets: [1, 0, 0]), Example(inputs: [0.2, 0.9], targets: [0, 0, 1])],
            loss: .crossEntropy, learningRate: 0.5
        )
        return try Engine.run(setup, options: TrainingOptions(reduction: reduction))
    }

    static func slip(in trace: Trace, term name: String, written value: Double) throws -> Diagnosis? {
        let text = Sheets.text(trace, overrides: [name: Sheets.written(value)], through: name)
        let report = try Sheets.check(text, against: trace)
        #expect(report.firstMistake?.verdict.name == name)
        #expect(report.marked(.wrong).count == 1)
        return report.firstMistake?.diagnosis
    }

    func value(_ trace: Trace, _ name: String) throws -> Double { try #require(trace[named: name]).value }

    @Test func softmaxDeltaFromTheDiagonalOnly() throws {
        let trace = try Self.softmaxBatch()
        // o2's target is 0, so its own ∂E/∂out is 0: all of its δ comes through o1.
        let diagonal = try value(trace, "dE_total/dout_o2[1]") * value(trace, "dout_o2/dnet_o2[1]")
        let diagnosis = try Self.slip(in: trace, term: "delta_o2[1]", written: diagonal)
        #expect(diagnosis?.slip == .softmaxCrossTermsDropped)
    }

    @Test func crossEntropyShortcutTimesTheSlope() throws {
        let trace = try Self.softmaxBatch()
        let twice = (try value(trace, "out_o1[1]") - 1) * (try value(trace, "dout_o1/dnet_o1[1]"))
        let diagnosis = try Self.slip(in: trace, term: "delta_o1[1]", written: twice)
        #expect(diagnosis?.slip == .shortcutTimesSlope)
    }

    @Test func binaryCrossEntropyShortcutTimesTheSlope() throws {
        let setup = try TrainingSetup(
            layerSizes: [2, 1], weights: [0.3, -0.2], biases: [[0.1]], biasSharing: .perLayer,
            activations: [.logistic], examples: [Example(inputs: [1, 2], targets: [1])],
            loss: .binaryCrossEntropy, learningRate: 0.5
        )
        let trace = try Engine.run(setup)
        let twice = (try value(trace, "out_o1") - 1) * (try value(trace, "dout_o1/dnet_o1"))
        #expect(try Self.slip(in: trace, term: "delta_o1", written: twice)?.slip == .shortcutTimesSlope)
    }

    @Test(arguments: [Reduction.mean, .sum])
    func batchCombinedTheOtherWay(reduction: Reduction) throws {
        let trace = try Self.softmaxBatch(reduction: reduction)
        let sum = try value(trace, "dE_total/dw1[1]") + value(trace, "dE_total/dw1[2]")
        let other = reduction == .mean ? sum : sum / 2
        let diagnosis = try Self.slip(in: trace, term: "dE_total/dw1", written: other)
        #expect(diagnosis?.slip == .otherReduction)
        #expect(diagnosis?.detail == .otherReduction(used: reduction == .mean ? .sum : .mean, examples: 2))
    }

    @Test(arguments: [Loss.squared, .meanSquared])
    func halfKeptWithALossThatHasNone(loss: Loss) throws {
        let setup = try TrainingSetup(
            layerSizes: [2, 2, 2], weights: Network.reference.weights, biases: [[0.35], [0.6]],
            biasSharing: .perLayer, activations: [.logistic, .logistic],
            examples: [Example(inputs: [0.05, 0.1], targets: [0.01, 0.99])], loss: loss, learningRate: 0.5
        )
        let trace = try Engine.run(setup)
        let half = try value(trace, "dE_total/dout_o1") / 2
        #expect(try Self.slip(in: trace, term: "dE_total/dout_o1", written: half)?.slip == .halfKept)
        let errorHalf = try value(trace, "E_o1") / 2
        #expect(try Self.slip(in: trace, term: "E_o1", written: errorHalf)?.slip == .halfKept)
    }

    @Test func halfDroppedOnlyWhereTheLossHasAHalf() throws {
        let setup = try TrainingSetup(
            layerSizes: [2, 2, 2], weights: Network.reference.weights, biases: [[0.35], [0.6]],
            biasSharing: .perLayer, activations: [.logistic, .logistic],
            examples: [Example(inputs: [0.05, 0.1], targets: [0.01, 0.99])], loss: .squared, learningRate: 0.5
        )
        let trace = try Engine.run(setup)
        let doubled = try value(trace, "E_o1") * 2
        #expect(try Self.slip(in: trace, term: "E_o1", written: doubled)?.slip != .halfDropped)
    }
}
