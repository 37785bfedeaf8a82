/// The command line itself is wrong: an unknown command or option, a missing or malformed value.
struct UsageError: Error, Equatable {
    let message: String
    /// The command whose help would explain, for the hint after the message.
    let command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}
