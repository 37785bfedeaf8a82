import Foundation

/// Pages a long document on a terminal, as git does: standard output becomes a pipe into
/// `$PAGER`, or `less -FRX` (quit at once when the text fits one screen, pass colours through,
/// leave the text on the screen), and the run waits for the pager to end before it exits.
///
/// Never when standard output is no terminal, with `--no-pager`, or when `PAGER` is empty or
/// `cat`.
enum Pager {
    /// The option that turns the pager off.
    static let option = OptionSpec("--no-pager", "on a terminal, print directly instead of through $PAGER or less -FRX")

    /// The pager when `PAGER` is unset.
    static let defaultCommand = "less -FRX"

    /// The shell command to page with: `PAGER` unless it is empty or `cat`, else `less -FRX`
    /// when `less` is on the `PATH`; nil for none.
    static func command(variables: [String: String]) -> String? {
        if let pager = variables["PAGER"] {
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        let path = variables["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").contains { access("\($0)/less", X_OK) == 0 }
        return found ? defaultCommand : nil
    }

    /// Sends standard output through the pager from now on, if standard output is a terminal
    /// and neither `--no-pager` (in `arguments` or before the command) nor `PAGER` says
    /// otherwise. The pager is registered with the run's temporary items, whose end (or
    /// interruption) closes standard output and waits for it. A pager that cannot start is no
    /// failure: the text goes to the terminal.
    static func start(_ environment: Environment, arguments: ParsedArguments? = nil) {
        guard environment.standardOutputIsTerminal, !environment.noPager, arguments?.has(option.name) != true,
              let command = command(variables: environment.variables)
        else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        var variables = environment.variables
        if variables["LESS"] == nil { variables["LESS"] = "FRX" }
        if variables["LV"] == nil { variables["LV"] = "-c" }
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let pairs: [String] = variables.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = pairs.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var process: pid_t = 0
        let spawned = posix_spawn(&process, "/bin/sh", &actions, nil, argv, envp)
        close(readEnd)
        guard spawned == 0 else { close(writeEnd); return }
        dup2(writeEnd, STDOUT_FILENO)
        close(writeEnd)
        environment.output.temporaryItems.setPager(process)
    }
}
