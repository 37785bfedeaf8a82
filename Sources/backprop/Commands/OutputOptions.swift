/// The options that say where a command's single result goes.
enum OutputOptions {
    static let output = OptionSpec(
        "--output", short: "-o", value: "FILE", kind: .outputFile,
        "write to FILE, replaced only once complete, instead of standard output ('-')"
    )
    static let force = OptionSpec("--force", "replace FILE even if it is read-only")
}
