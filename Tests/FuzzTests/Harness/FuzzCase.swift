import Foundation

/// One run of `backprop`: its arguments, the files it finds in its (fresh, empty) working
/// folder, what may disturb it, and which exit statuses its kind of input allows.
struct FuzzCase: Sendable {
    /// Which generator made it, such as `network-file` or `template`.
    var kind: String
    var arguments: [String]
    /// Files to create before the run, by path relative to the working folder.
    var files: [String: [UInt8]] = [:]
    /// Symbolic links to create: path relative to the working folder → destination.
    var links: [String: String] = [:]
    /// The statuses this input may end with; every one is a documented status.
    var allowedStatuses: Set<Int32>
    var disruption: Disruption = .none
    /// Paths (relative) a successful run may create; anything else new afterwards is left over.
    var outputs: [String] = []
    /// A folder that must appear whole (`count` files) or not at all.
    var outputFolder: (path: String, fileCount: Int)?
    /// What standard output must end with on success (`%%EOF` for a PDF), if anything.
    var outputEnd: String?

    /// Something done to the run besides giving it input.
    enum Disruption: Sendable, Equatable {
        case none
        /// Standard output is `/dev/full`: every write fails with "no space left".
        case standardOutputFull
        /// Files may not grow past this many bytes (a full disk, by `ulimit -f`, with SIGXFSZ
        /// ignored so the write fails instead of killing the program).
        case fileSizeLimit(bytes: Int)
        /// The signal is sent after this many milliseconds.
        case signal(Int32, afterMilliseconds: Int)
    }

    /// Every status `backprop` documents.
    static let documentedStatuses: Set<Int32> = [0, 1, 64, 65, 66, 69, 73, 74]

    /// The command line as a shell would take it, for reproducers.
    var shellCommand: String {
        (["backprop"] + arguments).map(Self.shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_./,=:+".unicodeScalars.contains($0))
        }
        if plain && !word.isEmpty { return word }
        if word.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            // $'…' keeps control characters readable and exact.
            var quoted = "$'"
            for scalar in word.unicodeScalars {
                switch scalar {
                case "\\": quoted += "\\\\"
                case "'": quoted += "\\'"
                case "\n": quoted += "\\n"
                case "\t": quoted += "\\t"
                case "\r": quoted += "\\r"
                case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                    quoted += String(format: "\\x%02x", scalar.value)
                default: quoted.unicodeScalars.append(scalar)
                }
            }
            return quoted + "'"
        }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
