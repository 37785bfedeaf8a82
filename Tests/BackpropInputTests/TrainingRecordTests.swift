import BackpropCore
import BackpropInput
import Testing

/// A network file's `"training"` record: written so that it reads back to the same options,
/// every part optional, and problems as facts with their field and position.
@Suite struct TrainingRecordTests {
    static let optimizers: [Optimizer] = [
        .sgd, .momentum(0.8), .nesterov(0.9), .rmsprop(alpha: 0.95, epsilon: 1e-6), .adam,
    ]

    @Test(arguments: optimizers)
    func theRecordRoundTrips(optimizer: Optimizer) throws {
        let options = TrainingOptions(
            updateBiases: true, batchSize: 7, reduction: .sum, optimizer: optimizer, weightDecay: 0.001
        )
        let record = TrainingRecord(options, examples: 1)
        #expect(record.batchSize == 1)
        let text = NetworkFile.encode(.reference, training: record)
        let spec = try NetworkFileTests.decode(text)
        #expect(spec.training?.value == record)
        let read = try #require(spec.training?.value).applied(to: TrainingOptions())
        #expect(read.optimizer == optimizer)
        #expect(read.updateBiases && read.reduction == .sum && read.weightDecay == 0.001 && read.batchSize == 1)
        #expect(try NetworkSpec.reference.overridden(by: spec).setup() == .reference)
    }

    @Test func aPartLeftOutKeepsTheDefault() throws {
        let spec = try NetworkFileTests.decode(#"{"training": {"optimizer": {"name": "adam", "beta1": 0.8}}}"#)
        let options = try #require(spec.training?.value).applied(to: TrainingOptions(updateBiases: true))
        #expect(options.optimizer == .adam(beta1: 0.8, beta2: Optimizer.defaultBeta2, epsilon: Optimizer.defaultEpsilon))
        #expect(options.updateBiases)
        #expect(options.batchSize == nil && options.weightDecay == 0)
    }

    @Test(arguments: [
        (#"{"training": []}"#, "training", NetworkInputError.Problem.expectedObject(found: .array), 14),
        (#"{"training": {"updateBiases": 1}}"#, "training.updateBiases", .expectedBoolean(found: .number), 31),
        (#"{"training": {"batchSize": 0}}"#, "training.batchSize", .outOfRange(0, allowed: .batchSize), 28),
        (#"{"training": {"reduction": "max"}}"#, "training.reduction", .unknownReduction("max"), 28),
        (#"{"training": {"weightDecay": 2}}"#, "training.weightDecay", .outOfRange(2, allowed: .weightDecay), 30),
        (#"{"training": {"optimiser": {}}}"#, "training.optimiser", .unknownField(suggestion: "optimizer"), 28),
        (#"{"training": {"optimizer": {}}}"#, "training.optimizer", .missingOptimizerName, 28),
        (#"{"training": {"optimizer": {"name": "adma"}}}"#, "training.optimizer.name", .unknownOptimizer("adma", suggestion: "adam"), 37),
        (#"{"training": {"optimizer": {"name": "sgd", "momentum": 0.9}}}"#, "training.optimizer.momentum", .unknownField(suggestion: nil), 56),
        (#"{"training": {"optimizer": {"name": "momentum", "momentum": 1}}}"#, "training.optimizer.momentum", .outOfRange(1, allowed: .fraction), 61),
        (#"{"training": {"optimizer": {"name": "rmsprop", "epsilon": 0}}}"#, "training.optimizer.epsilon", .outOfRange(0, allowed: .positiveUpToOne), 59),
    ])
    func problemsNameTheFieldAndPosition(text: String, field: String, problem: NetworkInputError.Problem, column: Int) {
        #expect(throws: NetworkInputError(.file("net.json"), field: field, problem, line: 1, column: column)) {
            try NetworkFileTests.decode(text)
        }
    }
}
