import Foundation

let temporaryItems = TemporaryItems()
let stopRequest = StopRequest()
let interruptions = InterruptionHandler(removing: temporaryItems, stop: stopRequest)
let variables = ProcessInfo.processInfo.environment
let tool = CommandLineTool(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: Environment(
        variables: variables,
        standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
        standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
        standardErrorIsTerminal: isatty(STDERR_FILENO) == 1,
        stopRequest: stopRequest,
        terminalColumns: TerminalSize.columns(of: STDOUT_FILENO),
        output: OutputSettings(temporaryItems: temporaryItems, variables: variables)
    )
)
let status = tool.run()
// As git does: the pager keeps the terminal until the user quits it.
temporaryItems.finishPaging()
interruptions.exit(status)
