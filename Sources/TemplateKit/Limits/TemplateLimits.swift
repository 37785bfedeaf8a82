/// The bounds that keep any template, however written, from crashing, hanging or filling memory.
///
/// Every user-controlled depth and size of the language has one; each is far above what real
/// templates need (docs/templates.md gives the measurements). Going past a limit stops parsing or
/// rendering with a `TemplateError` at the tag concerned, naming the limit.
package struct TemplateLimits: Sendable, Equatable {
    /// How deep `for` and `if` blocks may nest inside one template.
    package var nestingDepth: Int
    /// How deep `{% include %}` may nest; stops a template that includes itself.
    package var includeDepth: Int
    /// How many steps one rendering may take: each loop iteration, text piece, tag and included
    /// template counts one, so nested loops multiply; an item of a lazy list counts what making
    /// it costs (`LazyTemplateList.stepsPerItem`), so the limit bounds time, not only turns.
    package var steps: Int
    /// How many bytes one rendering may produce.
    package var outputBytes: Int
    /// How many bytes one template's source may have.
    package var sourceBytes: Int

    /// Creates limits.
    package init(
        nestingDepth: Int, includeDepth: Int, steps: Int, outputBytes: Int,
        sourceBytes: Int
    ) {
        self.nestingDepth = nestingDepth
        self.includeDepth = includeDepth
        self.steps = steps
        self.outputBytes = outputBytes
        self.sourceBytes = sourceBytes
    }

    /// The limits every rendering uses unless told otherwise: blocks nest 100 deep, includes 16
    /// deep, 100,000,000 steps, 16 GiB of output, 16 MiB of template source.
    ///
    /// The largest built-in document, the walkthrough of a [784, 128, 10] network with every
    /// weight derived, takes about 26.5 million steps and 1.2 GB (Markdown) to 4.1 GB (HTML);
    /// the built-in templates nest 3 blocks and 2 includes deep and are at most a few KB.
    package static let standard = TemplateLimits(
        nestingDepth: 100,
        includeDepth: 16,
        steps: 100_000_000,
        outputBytes: 16 << 30,
        sourceBytes: 16 << 20
    )
}
