/// A network description that cannot be read or used, with where the problem is.
public struct NetworkInputError: Error, Sendable, Equatable {
    /// Where the offending part came from.
    public let source: InputSource
    /// The field in a file's terms (`weights`), if the problem is one field's.
    public let field: String?
    /// 1-based line and column in a file, when known.
    public let line: Int?
    public let column: Int?
    /// What is wrong.
    public let message: String
    /// Whether the text could not be parsed at all (as opposed to parsed but wrong).
    public let isSyntax: Bool

    /// An error about `field` of `source`.
    public init(
        _ source: InputSource, field: String?, message: String,
        line: Int? = nil, column: Int? = nil, isSyntax: Bool = false
    ) {
        self.source = source
        self.field = field
        self.message = message
        self.line = line
        self.column = column
        self.isSyntax = isSyntax
    }

    /// The one-line message: `net.json: "weights": expected 8 numbers …`,
    /// `net.json:3:14: expected ',' …`, `--weights: …`.
    public var description: String {
        var text: String
        switch source {
        case let .file(path):
            text = path
            if let line, let column { text += ":\(line):\(column)" }
            text += ": "
            if let field { text += "\"\(field)\": " }
        case let .flag(flag):
            text = "\(flag): "
        case .reference:
            let flag = field.map { "--" + NetworkSpec.flagName(forField: $0) } ?? "a flag"
            text = "\"\(field ?? "network")\" (the reference network's, since no \(flag) or "
                + "--network gave one): "
        }
        return text + message
    }
}
