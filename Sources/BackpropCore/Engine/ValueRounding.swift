/// Whether the step algorithm rounds each value it computes: a type parameter, so that the
/// usual full-precision steps pay nothing for the possibility.
protocol ValueRounding {
    /// `value`, rounded or not.
    func apply(_ value: Double) -> Double
}

/// Full precision: values pass through.
struct NoRounding: ValueRounding {
    @inline(__always) func apply(_ value: Double) -> Double { value }
}

extension Rounding: ValueRounding {}
