/// What a command may know about the world it runs in.
struct Environment: Sendable {
    /// The process environment (`NO_COLOR`, …).
    let variables: [String: String]
    /// Whether standard output is a terminal.
    let standardOutputIsTerminal: Bool
    /// Whether standard input is a terminal (reading it then waits for the user to type).
    let standardInputIsTerminal: Bool
    /// Whether standard error is a terminal (where a progress bar may be drawn).
    let standardErrorIsTerminal: Bool
    /// Ctrl-C's request to stop a long run early.
    let stopRequest: StopRequest
    /// The width of the terminal standard output is, in columns; nil when it is none, or says
    /// nothing.
    let terminalColumns: Int?
    /// Where temporary output is registered, for an interruption to remove it.
    let output: OutputSettings
    /// `backprop --no-pager COMMAND`: no pager, whatever the command.
    var noPager = false

    /// Whether output to standard output may use bold and colour: only on a terminal, and not
    /// when `NO_COLOR` is set to anything but "" (no-color.org).
    var allowsColour: Bool {
        standardOutputIsTerminal && (variables["NO_COLOR"] ?? "").isEmpty
    }

    /// The columns text for people should fit: `COLUMNS` when it is a positive whole number,
    /// else the terminal's width when the text goes to the terminal, else nil.
    func columns(toStandardOutput: Bool) -> Int? {
        if let text = variables["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return toStandardOutput ? terminalColumns : nil
    }
}
