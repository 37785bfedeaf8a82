import TemplateKit

/// What the parts of a walkthrough cost to make, in template steps (`TemplateLimits.steps`),
/// and the steps one rendering may take: the figures that make the step limit a bound on time,
/// however a template nests its loops (issue 28).
///
/// A plain step (a piece of text, a tag, a loop's turn) takes about 0.35 µs in a debug build.
/// Measured on the reference network, a `forward` layer takes about 330 of them to make and a
/// `backward` layer about 1,000 (2,000 on a busy machine), growing with the values the layer shows; each cost below is a
/// constant times those values, rounded up.
enum WalkthroughCost {
    /// An item of `forward`, on average over the layers (so a whole loop over it is charged
    /// its whole cost): a layer's table and derivations read each neuron's net input and
    /// output, and a net input reads every source.
    static func forwardLayer(sizes: [Int]) -> Int {
        average((1..<max(sizes.count, 1)).map { layer in 50 * sizes[layer] * (sizes[layer - 1] + 2) })
    }

    /// An item of `backward`, on average over the layers: a layer's weight table (a row a
    /// weight), the contributions flowing back from the layer above, the deltas and the biases.
    static func backwardLayer(sizes: [Int]) -> Int {
        average((1..<max(sizes.count, 1)).map { layer in
            let above = layer + 1 < sizes.count ? sizes[layer + 1] : 0
            return 200 * sizes[layer] * (sizes[layer - 1] + above + 2)
        })
    }

    private static func average(_ costs: [Int]) -> Int {
        costs.isEmpty ? 1 : (costs.reduce(0, +) + costs.count - 1) / costs.count
    }

    /// One derivation made on demand (a neuron's net input, a weight's gradient), reading
    /// `operands` values.
    static func derivation(operands: Int) -> Int {
        10 * (operands + 4)
    }

    /// The steps a walkthrough of `terms` terms may take: 1,000 a term, at least 4 million
    /// (1.5 to 5 s in a debug build on a busy machine, under 1 s in a release one) and at most the standard
    /// 100 million. The built-in templates take under 1,000 steps a term with every weight
    /// derived, so they always fit; a template that does more is refused within seconds on a
    /// small network instead of running for minutes.
    static func stepLimit(terms: Int) -> Int {
        min(TemplateLimits.standard.steps, max(4_000_000, 1_000 * terms))
    }
}
