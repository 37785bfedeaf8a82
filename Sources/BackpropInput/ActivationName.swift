import BackpropCore
import BackpropSupport

/// Activation names as people write them.
package enum ActivationName {
    /// The activation `name` means: its own name in any case, or `sigmoid` for logistic.
    package static func parse(_ name: String) -> Activation? {
        let lowered = name.lowercased()
        if lowered == "sigmoid" { return .logistic }
        return Activation(rawValue: lowered)
    }

    /// The known name closest to `name`, if one is close enough to be a typo.
    package static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: Activation.allCases.map(\.rawValue))
    }
}
