import BackpropCore
import BackpropSupport

/// Activation names as people write them.
public enum ActivationName {
    /// The activation `name` means: its own name in any case, or `sigmoid` for logistic.
    public static func parse(_ name: String) -> Activation? {
        let lowered = name.lowercased()
        if lowered == "sigmoid" { return .logistic }
        return Activation(rawValue: lowered)
    }

    /// The known name closest to `name`, if one is close enough to be a typo.
    public static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: Activation.allCases.map(\.rawValue))
    }
}
