/// One named value of a training step, with the formula it came from.
public struct Term: Sendable, Equatable {
    /// The canonical ASCII name, such as `dE_total/dw5`.
    public let name: String
    /// The exact value in double precision.
    public let value: Double
    /// How the value was computed from earlier terms.
    public let formula: Formula
    /// What kind of quantity this is.
    public let role: TermRole
    /// Where in the walkthrough it belongs.
    public let section: TraceSection
    /// The layer of the neuron, weight or bias the term is about (0 = inputs).
    public let layer: Int
    /// The neuron (0-based, within ``layer``) the term is about, if any.
    public let neuron: Int?
    /// The flat index (0-based) of the weight the term is about, if any.
    public let weight: Int?

    /// Other names the same term goes by: `dE_total/dnet_o1` for `delta_o1`.
    public var aliases: [String] {
        guard role == .delta, name.hasPrefix("delta_") else { return [] }
        return [TermName.deltaAlias(String(name.dropFirst("delta_".count)))]
    }
}
