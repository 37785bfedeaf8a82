/// The loss (and accuracy) of a training run at chosen epochs, in memory that does not grow
/// with the number of epochs: a table at 1, 2, 5, 10, 20, 50, … and the last epoch, and a curve
/// of at most ``curveCapacity`` points, evenly spaced (the spacing doubles as the run goes on).
public struct TrainingHistory: Sendable, Equatable {
    /// The network's loss and accuracy over all examples after `epoch` epochs (0: before
    /// training).
    public struct Record: Sendable, Equatable {
        public let epoch: Int
        public let loss: Double
        public let accuracy: Double?
    }

    /// The most points the curve keeps.
    public static let curveCapacity = 256

    /// The rows of the table: epochs 0, 1, 2, 5, 10, 20, 50, … and the last one recorded.
    public private(set) var table: [Record] = []
    /// The curve's points, in order of epoch.
    public private(set) var curve: [Record] = []
    private var curveSpacing = 1

    public init() {}

    /// Whether epoch `epoch` is one the table or the curve keeps (so worth evaluating).
    public func wants(epoch: Int) -> Bool {
        epoch % curveSpacing == 0 || Self.isTableEpoch(epoch)
    }

    /// Keeps `evaluation` after `epoch` epochs where the table or the curve wants it; with
    /// `last`, the table keeps it in any case.
    public mutating func record(epoch: Int, _ evaluation: Evaluation, last: Bool = false) {
        let record = Record(epoch: epoch, loss: evaluation.loss, accuracy: evaluation.accuracy)
        if Self.isTableEpoch(epoch) || last, table.last?.epoch != epoch { table.append(record) }
        guard epoch % curveSpacing == 0 || last, curve.last?.epoch != epoch else { return }
        curve.append(record)
        if curve.count >= Self.curveCapacity {
            curveSpacing *= 2
            curve = curve.filter { $0.epoch % curveSpacing == 0 }
        }
    }

    private static func isTableEpoch(_ epoch: Int) -> Bool {
        guard epoch > 0 else { return true }
        var power = 1
        while power <= epoch {
            if epoch == power || epoch == 2 * power || epoch == 5 * power { return true }
            guard power <= Int.max / 10 else { return false }
            power *= 10
        }
        return false
    }
}
