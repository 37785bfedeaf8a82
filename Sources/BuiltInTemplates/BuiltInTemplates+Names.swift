// `BuiltInTemplates` itself is generated at build time by the EmbedTemplates plugin from the
// package's `Templates/` folder; this file adds what does not depend on the templates.

extension BuiltInTemplates {
    /// The names of the built-in templates, sorted, such as `markdown/walkthrough.md`.
    package static var names: [String] {
        files.keys.sorted()
    }
}
