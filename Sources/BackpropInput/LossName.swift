import BackpropCore
import BackpropSupport

/// Loss names as people write them.
package enum LossName {
    /// The loss `name` means: its own name in any case (`cross-entropy`, `half-squared`, …).
    package static func parse(_ name: String) -> Loss? {
        Loss(rawValue: name.lowercased())
    }

    /// The known name closest to `name`, if one is close enough to be a typo.
    package static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: Loss.allCases.map(\.rawValue))
    }
}
