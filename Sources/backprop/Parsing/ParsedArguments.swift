import BackpropCore
import BackpropSupport

/// A command's arguments, split into option values, switches and positional arguments.
struct ParsedArguments {
    private(set) var values: [String: String] = [:]
    private(set) var switches: Set<String> = []
    private(set) var positionals: [String] = []

    /// Splits `arguments` against `options`: `--name value`, `--name=value`, `-o value`,
    /// switches, and `--` before positional arguments that start with a dash. A later
    /// occurrence of an option replaces an earlier one.
    init(_ arguments: [String], options: [OptionSpec], command: String) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            let (name, inlineValue) = Self.split(argument)
            guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
                let hint = Suggestion.closest(to: name, among: options.map(\.name))
                    .map { " (did you mean '\($0)'?)" } ?? ""
                throw UsageError("unknown option '\(name)' for '\(command)'\(hint)", command: command)
            }
            if option.takesValue {
                if let inlineValue {
                    values[option.name] = inlineValue
                } else if index < arguments.count {
                    values[option.name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError("\(option.name) needs a value (\(option.valueName ?? "VALUE"))", command: command)
                }
            } else {
                if inlineValue != nil {
                    throw UsageError("\(option.name) takes no value", command: command)
                }
                switches.insert(option.name)
            }
        }
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
            return (argument, nil)
        }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// The value of option `name`, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Whether switch `name` was given.
    func has(_ name: String) -> Bool { switches.contains(name) }
}
