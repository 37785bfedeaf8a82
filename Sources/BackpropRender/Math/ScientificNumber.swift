extension MathExpression {
    /// `value` as mantissa·10^exponent (3.2·10⁻¹⁰) with two significant digits; 0 as `0`.
    static func scientific(_ value: Double) -> MathExpression {
        guard let (mantissa, exponent) = NumberFormat.scientific(value) else {
            return .number(value == 0 ? "0" : NumberFormat.standard.string(value))
        }
        if exponent == 0 { return .number(mantissa) }
        let power = MathExpression.power(.number("10"), .number(String(exponent)))
        return mantissa == "1" ? power : .product([.number(mantissa), power])
    }
}
