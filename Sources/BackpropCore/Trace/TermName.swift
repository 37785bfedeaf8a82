/// The canonical names of the terms of a training step, built from neuron and weight names.
///
/// These are the names the trace records and the names students type in `check`; they are
/// ASCII, and `docs/terms.md` lists them.
public enum TermName {
    /// `net_h1`: the neuron's weighted input sum plus bias.
    public static func net(_ neuron: String) -> String { "net_" + neuron }
    /// `out_h1`: the neuron's activation.
    public static func out(_ neuron: String) -> String { "out_" + neuron }
    /// `E_o1`: one output's squared error.
    public static func error(_ output: String) -> String { "E_" + output }
    /// `E_total`: the sum of the output errors.
    public static let totalError = "E_total"
    /// `dE_total/dout_o1`.
    public static func errorSlope(_ neuron: String) -> String { "dE_total/dout_" + neuron }
    /// `dout_o1/dnet_o1`.
    public static func activationSlope(_ neuron: String) -> String {
        "dout_\(neuron)/dnet_\(neuron)"
    }
    /// `delta_o1`.
    public static func delta(_ neuron: String) -> String { "delta_" + neuron }
    /// `dE_total/dnet_o1`, the other name of `delta_o1`.
    public static func deltaAlias(_ neuron: String) -> String { "dE_total/dnet_" + neuron }
    /// `dnet_o1/dw5`.
    public static func netSlope(_ neuron: String, weight: String) -> String {
        "dnet_\(neuron)/d\(weight)"
    }
    /// `dE_total/dw5`.
    public static func weightGradient(_ weight: String) -> String { "dE_total/d" + weight }
    /// `w5+`: the weight after the update.
    public static func updated(_ parameter: String) -> String { parameter + "+" }
    /// `dE_o1/dnet_o1`: the delta of a neuron as seen from the layer below it.
    public static func deltaShare(_ neuron: String) -> String { "dE_\(neuron)/dnet_\(neuron)" }
    /// `dnet_o1/dout_h1`: the weight that carries out_h1 into net_o1.
    public static func netSlopeOfOutput(_ neuron: String, source: String) -> String {
        "dnet_\(neuron)/dout_\(source)"
    }
    /// `dE_o1/dout_h1`: the part of ∂E_total/∂out_h1 that flows through o1.
    public static func contribution(_ neuron: String, source: String) -> String {
        "dE_\(neuron)/dout_\(source)"
    }
    /// `dE_total/db1` or `dE_total/db_h1`.
    public static func biasGradient(_ bias: String) -> String { "dE_total/d" + bias }
}
