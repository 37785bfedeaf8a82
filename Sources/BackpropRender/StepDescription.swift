import BackpropCore

/// Words for which step a trace is: "one step of the reference 2-2-2 network", and the options
/// that change what is computed.
enum StepDescription {
    /// "the reference 2-2-2 network" or "a 3-4-2 network".
    static func network(_ trace: Trace) -> String {
        let shape = trace.network.layerSizes.map(String.init).joined(separator: "-")
        return trace.network == .reference ? "the reference \(shape) network" : "a \(shape) network"
    }

    /// The options a reader must repeat to get the same terms: the network file, if the network
    /// came from one, and the training options.
    static func flags(_ trace: Trace, networkFile: String? = nil) -> [String] {
        var flags: [String] = networkFile.map { ["--network \($0)"] } ?? []
        if trace.options.hiddenUses == .updated { flags.append("--hidden-uses updated") }
        if trace.options.updateBiases { flags.append("--update-biases") }
        return flags
    }

    /// ``flags(_:)`` as a phrase to append, " (--update-biases)", or "".
    static func options(_ trace: Trace, networkFile: String? = nil) -> String {
        let flags = flags(trace, networkFile: networkFile)
        return flags.isEmpty ? "" : " (" + flags.joined(separator: ", ") + ")"
    }
}
