import BackpropSupport
/// A failure to find, read or export a template file, naming the template or the path.
package enum TemplateLibraryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No override file and no built-in template has this name.
    case unknownTemplate(name: String)
    /// The name is empty, absolute, or has an empty, `.` or `..` component.
    case invalidName(String)
    /// The override directory does not exist.
    case overrideDirectoryMissing(path: String)
    /// The override directory names something that is not a folder (a file, `/dev/null`).
    case overrideDirectoryNotAFolder(path: String)
    /// An override file exists but cannot be read as UTF-8 text.
    case unreadableFile(path: String, reason: String)
    /// Exporting would replace these existing files, and overwriting was not asked for.
    case exportWouldOverwrite(paths: [String])
    /// Creating a folder or writing a file during export failed.
    case writeFailed(path: String, reason: String)

    /// A one-line message naming the template or the path; control characters in them are shown
    /// as escapes (`\n`, `\u{1B}`).
    package var description: String {
        OneLine.escaped(unescapedDescription)
    }

    private var unescapedDescription: String {
        switch self {
        case .unknownTemplate(let name):
            return "unknown template '\(name)'"
        case .invalidName(let name):
            return "invalid template name '\(name)': use a relative path such as"
                + " 'markdown/walkthrough.md'"
        case .overrideDirectoryMissing(let path):
            return "\(path): template directory does not exist"
        case .overrideDirectoryNotAFolder(let path):
            return "\(path): is not a directory, so it cannot hold templates"
        case .unreadableFile(let path, let reason):
            return "\(path): cannot read template: \(reason)"
        case .exportWouldOverwrite(let paths):
            let shown = paths.prefix(3).joined(separator: ", ")
            let more = paths.count > 3 ? " and \(paths.count - 3) more" : ""
            return "refusing to overwrite existing files: \(shown)\(more)"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
