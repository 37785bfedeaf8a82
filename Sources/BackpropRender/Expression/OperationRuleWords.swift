/// The local rule of each operation in words, for the backward pass; the formulas right after
/// them come from the operation's tree, so the words hold no symbols. An operation without
/// words here is described by its formulas alone, never by another operation's rule.
enum OperationRuleWords {
    static func rule(_ operation: String) -> String? {
        switch operation {
        case "add": return "a sum passes its gradient on unchanged to each operand"
        case "subtract": return "a difference passes its gradient on to the first operand, and with its sign turned to the second"
        case "multiply": return "a product sends each operand its gradient times the other operand"
        case "divide": return "by the quotient rule, a quotient sends its numerator its gradient divided by the denominator, and its denominator its gradient times minus the quotient divided by the denominator"
        case "negate": return "a negation passes its gradient on with its sign turned"
        case "power": return "by the power rule, a power sends its gradient times the exponent times the base to one power less"
        case "exp": return "the exponential is its own slope: it sends its gradient times its own value"
        case "log": return "the logarithm sends its gradient divided by its operand"
        case "tanh": return "tanh sends its gradient times one minus its own value squared"
        case "sigmoid": return "the sigmoid sends its gradient times its own value times one minus its value"
        case "relu": return "ReLU passes its gradient on where its operand is above 0 and stops it elsewhere"
        case "sin": return "the sine sends its gradient times the cosine of its operand"
        case "cos": return "the cosine sends its gradient times minus the sine of its operand"
        case "sqrt": return "the square root sends its gradient divided by twice its own value"
        default: return nil
        }
    }
}
