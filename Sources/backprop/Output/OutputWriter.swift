/// Writes a whole result to a destination in one piece: open, write, commit.
struct OutputWriter {
    let destination: OutputDestination
    let settings: OutputSettings
    /// Whether a read-only file may be replaced.
    let force: Bool

    /// A writer to what `-o` names (standard output without one), replacing a read-only file
    /// with `--force`.
    init(_ arguments: ParsedArguments, environment: Environment) {
        destination = OutputDestination(arguments.value("--output"))
        settings = environment.output
        force = arguments.has("--force")
    }

    /// A writer to `path` (`-` is standard output).
    init(path: String, settings: OutputSettings, force: Bool = false) {
        destination = OutputDestination(path)
        self.settings = settings
        self.force = force
    }

    func write(_ text: String) throws(OutputError) {
        let handle = try destination.open(settings, force: force)
        try handle.write(text)
        try handle.commit()
    }
}
