import BackpropCore
import Testing

/// The history of a long run stays small, and keeps the epochs it promises.
@Suite struct TrainingHistoryTests {
    static func evaluation(_ loss: Double) throws -> Evaluation {
        let setup = try TrainingSetup(
            layerSizes: [1, 1], weights: [loss], biases: [[]], biasSharing: .none,
            activations: [.linear], examples: [Example(inputs: [1], targets: [0.5])], learningRate: 0
        )
        var trainer = try Trainer(setup, options: TrainingOptions())
        return trainer.evaluate()
    }

    @Test func aMillionEpochsKeepABoundedCurveAndLogSpacedTable() throws {
        var history = TrainingHistory()
        let point = try Self.evaluation(1)
        for epoch in 0...1_000_000 where history.wants(epoch: epoch) || epoch == 1_000_000 {
            history.record(epoch: epoch, point, last: epoch == 1_000_000)
        }
        #expect(history.curve.count < TrainingHistory.curveCapacity)
        #expect(history.curve.count > TrainingHistory.curveCapacity / 2 - 2)
        #expect(history.curve.last?.epoch == 1_000_000)
        #expect(history.table.map(\.epoch) == [
            0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000,
            100_000, 200_000, 500_000, 1_000_000,
        ])
    }

    @Test func theLastEpochIsAlwaysKept() throws {
        var history = TrainingHistory()
        history.record(epoch: 0, try Self.evaluation(2.5))
        history.record(epoch: 7, try Self.evaluation(1.5), last: true)
        #expect(history.table.map(\.epoch) == [0, 7])
        // ½(w − 0.5)²: 2 and 0.5.
        #expect(history.table.map(\.loss) == [2, 0.5])
        #expect(history.table.last?.accuracy == nil)
    }
}
