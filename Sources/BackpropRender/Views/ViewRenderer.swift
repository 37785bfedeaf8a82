import BackpropCore
import TemplateKit

/// Renders the chosen views of a step in one document and one format, through the format's
/// `views` templates: the walkthrough (if chosen) first, then the matrix form, the
/// computational graph and the gradient check.
package struct ViewRenderer {
    /// The format.
    package let style: ViewStyle
    /// What to show and how numbers look.
    package let options: WalkthroughOptions
    private var templates: TemplateLibrary

    /// A renderer using `templates` (see ``WalkthroughRenderer/templates(overriding:)``).
    package init(style: ViewStyle, options: WalkthroughOptions, templates: TemplateLibrary) {
        self.style = style
        self.options = options
        self.templates = templates
    }

    /// The document.
    ///
    /// - Throws: `TemplateError` or `TemplateLibraryError` for a broken or missing template, or
    ///   ``MissingTermError`` for a trace without a term the walkthrough needs.
    package mutating func render(_ views: StepViews) throws -> String {
        let base = WalkthroughContext(trace: views.trace, style: style.document, options: options)
        var context: [String: TemplateValue] = views.shows(.walkthrough) ? try base.values() : ["emphasis": base.emphasis()]
        if !views.shows(.walkthrough) {
            context["title"] = .text(Self.title(views.shown, shape: base.shape))
            context["network"] = .object(["shape": .text(base.shape)])
        }
        context["show"] = .object(Dictionary(uniqueKeysWithValues: StepView.allCases.map {
            (Self.key($0), TemplateValue.bool(views.shows($0)))
        }))
        if views.shows(.matrix) { context["matrix"] = MatrixFormContext(base: base, style: style).values() }
        if let picture = views.picture(numbers: options.numbers), views.shows(.graph) {
            context["graph"] = GraphContext(base: base, style: style, picture: picture).values()
        }
        if let check = views.gradientCheck, views.shows(.gradientCheck) {
            context["gradientCheck"] = GradientCheckContext(base: base, check: check).values()
        }
        return style.document.finish.apply(try templates.render(
            style.document.templateFolder + "/" + style.mainTemplate, context: context, escaping: style.document.escaping
        ))
    }

    /// The name a view has in the templates: `gradientCheck`.
    static func key(_ view: StepView) -> String {
        view == .gradientCheck ? "gradientCheck" : view.rawValue
    }

    /// The document's title when the walkthrough is not in it.
    static func title(_ shown: [StepView], shape: String) -> String {
        let subject: String
        switch shown {
        case [.matrix]: subject = "Backpropagation in matrix form"
        case [.graph]: subject = "The computational graph of one training step"
        case [.gradientCheck]: subject = "A gradient check of backpropagation"
        default: subject = "Backpropagation, three more views of one step"
        }
        return "\(subject): a \(shape) network"
    }
}
