import Foundation

/// Checks on the paths a command line names, made before the command runs: no file or folder
/// option is empty (an empty path would mean the current folder, or nothing), and no two
/// outputs name the same file or the same stream (one would silently replace or interleave
/// with the other).
enum PathArguments {
    static func check(_ arguments: ParsedArguments, of command: Command) throws(UsageError) {
        for option in command.options where [.inputFile, .outputFile, .directory].contains(option.kind) {
            if let value = arguments.value(option.name), value.isEmpty {
                let what = option.kind == .directory ? "folder" : "file"
                throw UsageError("\(option.name): the path is empty; give a \(what) name", command: command.name)
            }
        }
        var outputs: [(option: String, value: String, identity: String)] = []
        for option in command.options where option.kind == .outputFile {
            guard let value = arguments.value(option.name) else { continue }
            let identity = Self.identity(of: value)
            if let earlier = outputs.first(where: { $0.identity == identity }) {
                let what = identity == Self.standardOutputIdentity
                    ? "both write to standard output" : "name the same file"
                throw UsageError(
                    "\(earlier.option) \(earlier.value) and \(option.name) \(value) \(what); give each output its own",
                    command: command.name
                )
            }
            outputs.append((option.name, value, identity))
        }
    }

    private static let standardOutputIdentity = "standard output"

    /// What an output value writes to: standard output, a descriptor, the device and inode of
    /// an existing file (through links), or the real folder and name of a new one.
    private static func identity(of value: String) -> String {
        switch OutputDestination(value) {
        case .descriptor(STDOUT_FILENO, _): return standardOutputIdentity
        case let .descriptor(descriptor, _): return "descriptor \(descriptor)"
        case let .file(path):
            var info = stat()
            if stat(path, &info) == 0 { return "file \(info.st_dev):\(info.st_ino)" }
            let folder = Paths.parent(of: path)
            guard let real = realpath(folder, nil) else { return "path \(path)" }
            defer { free(real) }
            return "path \(String(cString: real))/\(Paths.lastComponent(of: path))"
        }
    }
}
