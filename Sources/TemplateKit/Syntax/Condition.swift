/// The test of an `if` or `elif`: `[not] [defined] PATH`.
struct Condition: Sendable, Equatable {
    /// The value tested.
    let path: VariablePath
    /// `not`: the branch is taken when the test fails.
    let isNegated: Bool
    /// `defined`: test whether the path resolves, instead of its truthiness.
    let testsDefinition: Bool
}
