import BackpropCore
import BackpropRender
import Foundation

/// `backprop explain`: one traced training step, written out.
enum ExplainCommand {
    static let name = "explain"
    static let summary = "run one training step and explain every number (the default: the reference walkthrough)"
    static let usage = "backprop explain [network options] [training options] [output options]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Network", NetworkOptions.network),
        OptionGroup("Training", NetworkOptions.training + NetworkOptions.laterStep),
        OptionGroup("Output", DocumentOptions.options),
        OptionGroup("Expression", ExpressionOptions.options),
    ]
    static let discussion = """
        With no options this is the reference walkthrough's 2-2-2 logistic network: inputs 0.05, \
        0.10, targets 0.01, 0.99, w1…w8 = 0.15 … 0.55, b1 = 0.35, b2 = 0.60, η = 0.5.

        Step 1 is traced in full; steps 2…N run untraced and the summary shows the error after \
        steps 1, 10, 100, … and N. --hidden-uses updated computes the hidden deltas with the \
        output weights already updated, which is what produced the reference's summary figures.

        With no --format, a terminal gets the text format and a pipe or -o gets Markdown, as git \
        and gh do. The text format fits COLUMNS, else the terminal's width, else 80 columns (at \
        least 40, at most 100): long equations break at their = signs and wide tables wrap \
        their words or split into groups of columns.

        Formats: markdown (GitHub-flavoured, math in LaTeX, a Mermaid picture), text (for a \
        terminal), json (the whole trace, full precision), list ('name = value' lines), latex \
        (an article with a TikZ picture, for pdflatex) and html (one self-contained page, math \
        in MathML, the network in SVG), and dot (the computational graph for Graphviz). \
        --view matrix, graph or gradient-check shows the step as the equations with its \
        matrices, as a computational graph or beside central differences, and --view all \
        shows the four views in one document (see docs/views.md). --pdf FILE runs pdflatex itself and exits with 69 when \
        no pdflatex is installed. -o - is standard output; -o and --pdf are written only when \
        the whole command succeeds, and never half-way (see docs/command-line.md). Term names (net_h1, dE_total/dw5, delta_o1, w5+, …) are \
        listed in docs/terms.md; handouts and exercise sets in docs/handouts.md.

        --expr 'PROGRAM' (or --expr-file FILE) explains a scalar expression in micrograd's \
        syntax instead of a network, as micrograd and CS231n teach it: the forward pass node \
        by node, the backward pass with each local rule applied and every fan-out added up, \
        and a table of values and gradients, in every format (json: every node). --at a=-4,b=2 \
        gives values, --of NAME picks the output, --params a,b --learning-rate 0.01 takes one \
        gradient step. See docs/expressions.md.
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        if ExpressionOptions.isAsked(arguments) { return try ExpressionExplain.run(arguments, environment: environment) }
        try Arguments.expectNoPositionals(arguments, command: name)
        let document = try DocumentOptions(arguments, environment: environment, terminalDefault: true)
        let (setup, options) = try NetworkOptions.tracedRun(from: arguments, environment: environment, command: name)
        let destinations = try DocumentDestinations(arguments, environment: environment)
        // A long run shows it is alive: a progress line on a terminal once it has taken a second.
        let progress = ProgressBar(
            shown: environment.standardErrorIsTerminal, epochs: options.steps, unit: "step", delay: .seconds(1)
        )
        let trace = try Engine.run(setup, options: options) { progress.update(epoch: $0) }
        progress.finish()
        if destinations.writesStandardOutput { Pager.start(environment, arguments: arguments) }
        try destinations.write { sink in try document.render(trace, into: &sink) }
        document.notes.forEach(writeNote)
        return ExitStatus.success
    }
}
