/// Several inputs of one run failed (`check` with several files): each is reported, and the
/// run exits with the most severe status.
struct SeveralFailures: Error {
    let errors: [Error]
}
