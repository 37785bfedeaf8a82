import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropReport
import BackpropSupport

/// `backprop quiz --expr`: an expression's values, then its gradients, asked one at a time in
/// the worksheet's order and judged at once as `check --expr` judges them.
enum ExpressionQuiz {
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        let name = QuizCommand.name
        try Arguments.expectNoPositionals(arguments, command: name)
        for option in ["--save", "--resume", "--seed"] + MarkingOptions.options.map(\.name)
        where arguments.value(option) != nil || arguments.has(option) {
            throw UsageError("\(option) does not apply to a quiz on an expression", command: name)
        }
        if let file = arguments.value("--expr-file"), InputFile.isStandardInput(file) {
            throw UsageError("the quiz reads your answers from standard input, so --expr-file cannot read it too", command: name)
        }
        let expression = try ExpressionOptions(arguments, environment: environment, command: name)
        let trace = try expression.trace()
        let checker = ExpressionChecker(trace: trace)
        let words = ExpressionCheckText(trace: trace, numbers: .standard)
        let output = trace.names[trace.output] ?? "output"
        let asked = questions(trace)
        var numbers = ExpressionChecker.StudentNumbers(trace: trace)
        let interactive = environment.standardInputIsTerminal
        let reader = LineReader(limit: 1000)
        var right = 0, answered = 0
        try writeOutput("""
            Backpropagation through an expression: \(asked.count) questions, every value and then every gradient \
            d\(output)/dNAME. Answer with a number; 'reveal' shows the value, 'skip' moves on, 'q' stops.

            """)
        questions: for (position, question) in asked.enumerated() {
            try writeOutput("(\(position + 1)/\(asked.count)) " + question.prompt + "\n")
            var firstTry = true
            while true {
                try writeOutput(question.name + " = ")
                guard let line = try reader.next() else {
                    try writeOutput("\n")
                    break questions
                }
                if !interactive { try writeOutput(line + "\n") }
                switch line.trimmingSpaces.lowercased() {
                case "q", "quit": break questions
                case "skip":
                    numbers.forget(question.quantity)
                    continue questions
                case "reveal":
                    numbers.forget(question.quantity)
                    try writeOutput("  \(question.name) = \(JSONNumber.text(question.exact))\n")
                    continue questions
                default: break
                }
                guard let written = WrittenNumber(line.trimmingSpaces) else {
                    try writeOutput("  write a number, or 'reveal', 'skip' or 'q'\n")
                    continue
                }
                let answer = ExpressionAnswer(line: position + 1, name: question.name, quantity: question.quantity, written: written)
                numbers.record(answer)
                let mark = checker.judge(answer, given: numbers)
                if firstTry { answered += 1 }
                switch mark.verdict {
                case .correct:
                    if firstTry { right += 1 }
                    try writeOutput("  right\n")
                    continue questions
                case let .carried(own):
                    if firstTry { right += 1 }
                    try writeOutput("  that follows from your earlier numbers (\(NumberFormat.standard.string(own))); the exact value is \(NumberFormat.standard.string(mark.expected))\n")
                    continue questions
                case let .wrong(slip):
                    try writeOutput("  not quite" + (slip.map { ": " + words.sentence($0, answer: answer) } ?? "") + "; try again, or 'reveal'\n")
                    firstTry = false
                }
            }
        }
        try writeOutput("\n\(right) of \(answered) answered right at the first try (\(asked.count) questions).\n")
        return ExitStatus.success
    }

    private struct Question {
        let name: String
        let prompt: String
        let quantity: ExpressionAnswer.Quantity
        let exact: Double
    }

    /// Every computed value in forward order, then every gradient in backward order.
    private static func questions(_ trace: ExpressionTrace) -> [Question] {
        let output = trace.names[trace.output] ?? "output"
        let formulas = ExpressionWorksheet(trace: trace, source: "").formulas()
        var asked: [Question] = []
        for node in trace.nodes.indices where trace.nodes[node].isOperation {
            guard let name = trace.names[node] else { continue }
            asked.append(Question(name: name, prompt: "\(name) = \(formulas[node] ?? "")", quantity: .value(node), exact: trace.nodes[node].value))
        }
        for node in trace.nodes.indices.reversed() where node != trace.output {
            guard let name = trace.names[node] else { continue }
            let gradient = "d\(output)/d\(name)"
            asked.append(Question(name: gradient, prompt: "the gradient \(gradient)", quantity: .gradient(node), exact: trace.gradients[node]))
        }
        return asked
    }
}
