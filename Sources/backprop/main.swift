import Foundation

let tool = CommandLineTool(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: Environment(
        variables: ProcessInfo.processInfo.environment,
        standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1
    )
)
exit(tool.run())
