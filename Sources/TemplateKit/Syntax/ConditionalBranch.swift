/// One `if` or `elif` of a conditional: its test, where the tag is, and its body.
struct ConditionalBranch: Sendable {
    let condition: Condition
    let location: SourceLocation
    let body: [TemplateNode]
}
