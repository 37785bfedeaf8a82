import Foundation

/// The folder an exercise set is written to: refused when it already holds files (unless
/// forced), created when missing, each file written atomically.
struct ExerciseFolder {
    let path: String
    /// Whether files may be written into a folder that is not empty.
    let force: Bool

    /// Fails, before anything is generated, when the set could not or should not be written here.
    func checkWritable() throws(OutputError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw OutputError(kind: .cannotCreate, path: path, reason: "is a file, not a folder")
        }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !contents.isEmpty, !force {
            throw OutputError(
                kind: .cannotCreate, path: path,
                reason: "the folder is not empty (\(contents.count) entr\(contents.count == 1 ? "y" : "ies")); use --force to write into it"
            )
        }
    }

    /// Creates the folder if needed and writes each file atomically.
    func write(_ files: [(name: String, text: String)]) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(kind: .cannotCreate, path: path, reason: (error as NSError).localizedDescription)
        }
        for file in files {
            try OutputWriter(path: (path as NSString).appendingPathComponent(file.name)).write(file.text)
        }
    }
}
