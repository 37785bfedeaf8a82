/// One piece of a parsed template; a template is a list of nodes.
indirect enum TemplateNode: Sendable {
    /// Literal text, copied to the output as UTF-8 bytes; located where it starts.
    case text([UInt8], SourceLocation)
    /// `{{ path }}`.
    case variable(VariablePath, SourceLocation)
    /// `{% for variable in sequence %} body {% endfor %}`.
    case loop(variable: String, sequence: VariablePath, body: [TemplateNode], SourceLocation)
    /// `{% if %}` with its `elif` branches in order, then the `else` body (empty if absent).
    /// Located at the `if` tag.
    case conditional(branches: [ConditionalBranch], otherwise: [TemplateNode], SourceLocation)
    /// `{% include "name" %}`.
    case include(name: String, SourceLocation)
}

