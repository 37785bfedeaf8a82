import BackpropCore
import BuiltInTemplates
import Foundation
import TemplateKit

/// Renders a trace as the walkthrough in one format, through that format's templates.
package struct WalkthroughRenderer {
    /// The format.
    package let style: DocumentStyle
    /// What to show and how numbers look.
    package let options: WalkthroughOptions
    private var templates: TemplateLibrary

    /// A renderer using `templates` (the built-in set, or a user's overrides over it).
    package init(style: DocumentStyle, options: WalkthroughOptions, templates: TemplateLibrary) {
        self.style = style
        self.options = options
        self.templates = templates
    }

    /// The built-in templates, overridden file by file by those in `overrideDirectory`.
    package static func templates(overriding overrideDirectory: URL?) throws -> TemplateLibrary {
        try TemplateLibrary(builtIns: BuiltInTemplates.files, overrideDirectory: overrideDirectory)
    }

    /// The document.
    ///
    /// - Throws: `TemplateError` or `TemplateLibraryError` for a broken or missing template,
    ///   naming the file, line and column.
    package mutating func render(_ trace: Trace) throws -> String {
        var text = TextSink()
        try render(trace, into: &text)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// Writes the document into `sink` as it is made, in chunks of about 64 KiB: the layers,
    /// neurons and weights are made one at a time, so memory does not grow with the document.
    /// The chunks joined are exactly what ``render(_:)`` returns.
    ///
    /// - Throws: As ``render(_:)``, and any error `sink` throws, unchanged. What was written
    ///   before the error stays written.
    package mutating func render<Sink: TemplateSink>(_ trace: Trace, into sink: inout Sink) throws {
        let context = try WalkthroughContext(trace: trace, style: style, options: options).values()
        var finishing = FinishingSink(style.finish, into: sink)
        defer { sink = finishing.base }
        templates.limits.steps = WalkthroughCost.stepLimit(terms: trace.terms.count)
        try templates.render(
            style.templateFolder + "/" + style.mainTemplate, context: context, escaping: style.escaping,
            into: &finishing
        )
        try finishing.end()
    }
}
