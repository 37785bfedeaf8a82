/// A training run that went wrong after it started.
enum TrainError: Error, Equatable {
    /// The loss stopped being finite during epoch `epoch`.
    case diverged(epoch: Int)
}
