import BackpropCore
import BackpropRender

/// Runs `train`'s epochs: every step through the core's ``Trainer``, the loss kept at the
/// epochs ``TrainingHistory`` wants, the progress bar fed, and a stop honoured between steps.
struct TrainingLoop {
    private var trainer: Trainer
    private let setup: TrainingSetup
    private let options: TrainingOptions
    private let epochs: Int
    private var history = TrainingHistory()
    private(set) var epochsRun = 0
    /// The last evaluation and the steps it was made after, so the report need not repeat it.
    private var latest: (steps: Int, evaluation: Evaluation)?

    init(_ setup: TrainingSetup, options: TrainingOptions, epochs: Int) throws {
        trainer = try Trainer(setup, options: options)
        self.setup = setup
        self.options = options
        self.epochs = epochs
    }

    var stepsTaken: Int { trainer.stepsTaken }

    /// Trains until the last epoch or a stop request.
    ///
    /// - Throws: ``TrainError/diverged(epoch:)`` when the loss stops being finite.
    mutating func run(progress: ProgressBar, stop: StopRequest) throws(TrainError) {
        history.record(epoch: 0, evaluate())
        var lastLoss = history.table.last?.loss ?? .nan
        for epoch in 1...epochs {
            for _ in 0..<trainer.stepsPerEpoch {
                let loss = trainer.step()
                guard loss.isFinite else { throw .diverged(epoch: epoch) }
                if stop.isRequested { return }
            }
            epochsRun = epoch
            if history.wants(epoch: epoch) || epoch == epochs {
                let evaluation = evaluate()
                guard evaluation.loss.isFinite, trainer.parametersAreFinite else { throw .diverged(epoch: epoch) }
                history.record(epoch: epoch, evaluation, last: epoch == epochs)
                lastLoss = evaluation.loss
            }
            progress.update(epoch: epoch, loss: lastLoss)
        }
    }

    private mutating func evaluate() -> Evaluation {
        let evaluation = trainer.evaluate()
        latest = (trainer.stepsTaken, evaluation)
        return evaluation
    }

    /// What the run found, for the renderers; decision regions for two inputs, on a grid for
    /// characters (`textGrid`: 60 × 24, as characters are twice as tall as wide) or for
    /// pictures (60 × 60).
    mutating func report(
        dataName: String, classNames: [String]?, textGrid: Bool, preset: (name: String, overriddenBy: [String])? = nil
    ) -> TrainingReport {
        let final = latest?.steps == trainer.stepsTaken ? latest?.evaluation ?? evaluate() : evaluate()
        if history.table.last?.epoch != epochsRun || epochsRun < epochs {
            history.record(epoch: epochsRun, final, last: true)
        }
        let network = trainer.network
        var regions: DecisionRegions?
        if network.layerSizes[0] == 2, classNames != nil {
            regions = DecisionRegions.of(
                &trainer, around: setup.examples.map(\.inputs),
                columns: 60, rows: textGrid ? 24 : 60
            )
        }
        return TrainingReport(
            dataName: dataName, network: network, loss: setup.loss, optimizer: options.optimizer,
            learningRate: setup.learningRate,
            batchSize: min(options.batchSize ?? setup.examples.count, setup.examples.count),
            epochsAsked: epochs, epochsRun: epochsRun, steps: trainer.stepsTaken, history: history,
            examples: setup.examples, outputs: final.outputs, classNames: classNames, regions: regions,
            weightDecay: options.weightDecay, preset: preset,
            chanceAccuracy: Self.chanceAccuracy(setup.examples, classes: classNames?.count)
        )
    }

    /// The share of the commonest class among `examples`: the accuracy of a network that
    /// always answers it. Nil unless every example's targets name a class.
    private static func chanceAccuracy(_ examples: [Example], classes: Int?) -> Double? {
        guard classes != nil, !examples.isEmpty else { return nil }
        var counts: [Int: Int] = [:]
        for example in examples {
            guard let label = Classification.label(ofTargets: example.targets) else { return nil }
            counts[label, default: 0] += 1
        }
        return Double(counts.values.max() ?? 0) / Double(examples.count)
    }
}
