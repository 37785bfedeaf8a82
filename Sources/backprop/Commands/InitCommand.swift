import BackpropCore
import BackpropExercises
import BackpropInput
import BackpropSupport

/// `backprop init`: a network file to start editing from.
enum InitCommand {
    static let name = "init"
    static let summary = "print the reference network as a network file, to edit"
    static let usage = "backprop init [network options] [-o FILE]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Network", NetworkOptions.network),
        OptionGroup("Output", [OutputOptions.output, OutputOptions.force]),
    ]
    static let discussion = """
        Network options change the printed network, so 'backprop init --inputs 1,0' starts from \
        the reference with other inputs. The file format is described in docs/network-file.md.
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        try Arguments.expectNoPositionals(arguments, command: name)
        let setup = try NetworkOptions.setup(from: arguments, environment: environment)
        try OutputWriter(arguments, environment: environment).write(NetworkFile.encode(setup))
        return ExitStatus.success
    }
}

enum Arguments {
    static func expectNoPositionals(_ arguments: ParsedArguments, command: String) throws(UsageError) {
        if let extra = arguments.positionals.first {
            throw UsageError("unexpected argument '\(extra)' for '\(command)'", command: command)
        }
    }
}
