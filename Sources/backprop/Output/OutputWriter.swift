import Foundation

/// Writes a whole result to a destination in one piece: open, write, commit.
struct OutputWriter {
    let destination: OutputDestination
    let settings: OutputSettings
    /// Whether a read-only file may be replaced.
    var force = false

    /// A writer to what `-o` names (standard output when nil).
    init(_ argument: String?, settings: OutputSettings, force: Bool = false) {
        destination = OutputDestination(argument)
        self.settings = settings
        self.force = force
    }

    func write(_ text: String) throws(OutputError) {
        let handle = try destination.open(settings, force: force)
        try handle.write(text)
        try handle.commit()
    }

    func write(_ data: Data) throws(OutputError) {
        let handle = try destination.open(settings, force: force)
        try handle.write(data)
        try handle.commit()
    }
}
