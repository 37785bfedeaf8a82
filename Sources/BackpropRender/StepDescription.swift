import BackpropCore

/// Words for which step a trace is: "one step of the reference 2-2-2 network", and the options
/// that change what is computed, as the caller writes them.
package enum StepDescription {
    /// "the reference 2-2-2 network" or "a 3-4-2 network".
    package static func network(_ trace: Trace) -> String {
        let shape = trace.network.layerSizes.map(String.init).joined(separator: "-")
        return trace.setup == .reference ? "the reference \(shape) network" : "a \(shape) network"
    }

    /// "one training step" or, for a later traced step, "training step 3".
    package static func step(_ trace: Trace) -> String {
        trace.options.tracedStep == 1 ? "one training step" : "training step \(trace.options.tracedStep)"
    }

    /// The options as a phrase to append, " (--update-biases)", or "".
    package static func options(_ options: [String]) -> String {
        options.isEmpty ? "" : " (" + options.joined(separator: ", ") + ")"
    }
}
