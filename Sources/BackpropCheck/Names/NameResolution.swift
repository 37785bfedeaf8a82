/// What a written name turned out to be.
public enum NameResolution: Sendable, Equatable {
    /// A term of the trace, by its index in ``BackpropCore/Trace/terms``.
    case term(Int)
    /// A term this network has, but not with these training options: `b1+` without
    /// `--update-biases`. `reason` says why, as a phrase: "computed only with --update-biases".
    case notAsked(name: String, reason: String)
    /// Not a name of this network; `suggestion` is the closest canonical name, if any is close.
    case unknown(suggestion: String?)
}
