import BackpropCore
import BackpropSupport

/// Loss names as people write them.
public enum LossName {
    /// The loss `name` means: its own name in any case (`cross-entropy`, `half-squared`, …).
    public static func parse(_ name: String) -> Loss? {
        Loss(rawValue: name.lowercased())
    }

    /// The known name closest to `name`, if one is close enough to be a typo.
    public static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: Loss.allCases.map(\.rawValue))
    }
}
