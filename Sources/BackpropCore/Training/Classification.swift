/// Reading classes from targets and outputs: one output neuron is a yes/no class (target 0 or
/// 1, output above ½ meaning 1); several are one-hot (the largest output wins).
public enum Classification {
    /// The class a target vector names, or nil when it names none: a single target that is
    /// not 0 or 1, or several that are not one 1 among 0s.
    public static func label(ofTargets targets: [Double]) -> Int? {
        if targets.count == 1 {
            return targets[0] == 0 ? 0 : targets[0] == 1 ? 1 : nil
        }
        guard targets.allSatisfy({ $0 == 0 || $0 == 1 }), targets.filter({ $0 == 1 }).count == 1 else {
            return nil
        }
        return targets.firstIndex(of: 1)
    }

    /// The class the outputs choose: above ½ for one output, the largest (first of equals) for
    /// several.
    public static func label(ofOutputs outputs: [Double]) -> Int {
        if outputs.count == 1 { return outputs[0] > 0.5 ? 1 : 0 }
        var best = 0
        for index in outputs.indices where outputs[index] > outputs[best] { best = index }
        return best
    }
}
