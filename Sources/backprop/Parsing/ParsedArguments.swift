import BackpropCore
import BackpropSupport

/// A command's arguments, split into option values, switches and positional arguments.
struct ParsedArguments {
    private(set) var values: [String: String] = [:]
    private(set) var switches: Set<String> = []
    private(set) var positionals: [String] = []

    /// Splits `arguments` against `options`: `--name value`, `--name=value`, `-o value`,
    /// switches, and `--` before positional arguments that start with a dash. A later
    /// occurrence of an option replaces an earlier one. An option in `refused` is refused with
    /// its reason.
    init(
        _ arguments: [String], options: [OptionSpec], command: String,
        refused: [String: String] = [:]
    ) throws(UsageError) {
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
            if let reason = refused[name] {
                throw UsageError("'\(command)' does not take \(name): \(reason)", command: command)
            }
            guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
                let hint = CommonGuesses.option(name, among: options.map(\.name))
                    .map { " (did you mean '\($0)'?)" } ?? ""
                throw UsageError("unknown option '\(name)' for '\(command)'\(hint)", command: command)
            }
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError("\(option.name) needs a value (\(option.valueName ?? "VALUE"))", command: command)
                }
                if option.kind == .list {
                    try Self.expectWholeList(value, option: option.name, rest: arguments[index...], command: command)
                }
                values[option.name] = value
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

    /// Refuses a list the shell split at spaces (`--weights 0.15, 0.2, 0.25`): a value ending in
    /// a comma, or followed by an argument starting with one.
    private static func expectWholeList(
        _ value: String, option: String, rest: ArraySlice<String>, command: String
    ) throws(UsageError) {
        var pieces: [String] = []
        var previous = value
        for argument in rest {
            let continues = previous.hasSuffix(",") || argument.hasPrefix(",")
            let isNegativeNumber = argument.dropFirst().first.map { $0.isNumber || $0 == "." } ?? false
            let isOption = argument.hasPrefix("-") && !isNegativeNumber
            guard continues, !isOption else { break }
            pieces.append(argument)
            previous = argument
        }
        guard !pieces.isEmpty else { return }
        let quoted = pieces.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (pieces.count > 3 ? ", …" : "")
        let items = ([value] + pieces).joined().split(separator: ",", omittingEmptySubsequences: true)
        let joined = items.prefix(3).joined(separator: ",") + (items.count > 3 ? ",…" : "")
        throw UsageError(
            "\(option): the list was split into separate arguments at its spaces ('\(value)', \(quoted)); "
                + "remove the spaces (\(option) \(joined)) or quote the list",
            command: command
        )
    }

    /// The value of option `name`, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Whether switch `name` was given.
    func has(_ name: String) -> Bool { switches.contains(name) }

    /// The list option `name`, read from its file if it was given as `@FILE`.
    func list(_ name: String, environment: Environment) throws -> ListArgument? {
        try values[name].map { try ListArgument(option: name, value: $0, environment: environment) }
    }
}
