/// The update forgotten: the updated parameter written as the parameter itself (w5⁺ = w5).
struct UpdateForgotten: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            let parameter: Int
            switch formula {
            case let .update(updated, _, _), let .adamUpdate(updated, _, _, _, _):
                parameter = updated
            default:
                continue
            }
            guard context.matches(context.world.values[parameter], allowance: 0) else { continue }
            return Diagnosis(.updateForgotten, .updateForgotten(parameter: parameter))
        }
        return nil
    }
}
