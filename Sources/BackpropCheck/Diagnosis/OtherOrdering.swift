import BackpropCore

/// The same step under the other `--hidden-uses`, recomputed from the student's values.
struct OtherOrdering: Sendable {
    let trace: Trace
    let derivations: Derivations
    let world: StudentWorld
}
