/// JSON text for a finite double: the shortest text that reads back to the same double.
package enum JSONNumber {
    /// `0.3775`, `1e-05`, `-0` as `0`…; never NaN or infinity (callers check finiteness).
    package static func text(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
