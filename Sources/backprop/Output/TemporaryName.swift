/// Names of temporary files and folders that say what they are: `.out.md.backprop-tmp-k3x9qa`
/// beside `out.md`.
enum TemporaryName {
    static let marker = ".backprop-tmp-"

    /// A fresh name in `folder` for the temporary version of `name`.
    static func beside(_ name: String, in folder: String) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let suffix = String((0..<6).map { _ in letters.randomElement() ?? "x" })
        // NAME_MAX is 255 bytes: leave room for the dot, the marker and the suffix.
        var stem = ""
        let name = ["", ".", ".."].contains(name) ? "backprop" : name
        for scalar in name.unicodeScalars {
            guard stem.utf8.count + String(scalar).utf8.count <= 200 else { break }
            stem.unicodeScalars.append(scalar)
        }
        return Paths.join(folder, "." + stem + marker + suffix)
    }
}
