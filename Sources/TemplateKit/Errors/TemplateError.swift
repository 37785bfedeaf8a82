import BackpropSupport
/// A mistake in a template, found while parsing or rendering it, with where it is.
///
/// `line` and `column` are 1-based; columns count Unicode scalars. They point at the first
/// character of the tag at fault (`{{`, `{%` or `{#`). `file` is the template's source name:
/// the override file's path, or `Templates/<name>` for a built-in template. `message` and
/// `description` are always one line: control characters in quoted template text or in the
/// path are shown as escapes (`\n`, `\u{1B}`).
package struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, with the names involved.
    package enum Kind: Sendable, Equatable {
        /// A tag opened with `opener` (`{{`, `{%` or `{#`) is never closed.
        case unterminatedTag(opener: String)
        /// A `{% raw %}` block has no `{% endraw %}`.
        case unterminatedRaw
        /// A block tag starts with a word that is not a tag keyword.
        case unknownTag(keyword: String)
        /// A tag with a known keyword is written wrongly; `expected` shows the right form.
        case malformedTag(tag: String, expected: String)
        /// A `{{ }}` tag or tag argument is not a dotted path of identifiers.
        case invalidPath(String)
        /// A closing or middle tag (`endfor`, `endif`, `elif`, `else`) with no block to belong
        /// to; `expected` is the closer the innermost open block needs, if any is open.
        case unmatchedTag(keyword: String, expected: String?)
        /// An `elif` or `else` after the `else` of the same `if`.
        case branchAfterElse(keyword: String)
        /// A block (`for`, `if`) still open at the end of the template.
        case unclosedBlock(keyword: String, closer: String)
        /// A path that does not resolve in the context.
        case unknownVariable(path: String)
        /// `{{ path }}` names a list or an object, which have no printed form.
        case notPrintable(path: String, kind: String)
        /// `{% for %}` over something that is not a list.
        case notIterable(path: String, kind: String)
        /// `{% include %}` names a template the library does not have.
        case unknownTemplate(name: String)
        /// `{% include %}` names a template that exists but cannot be read.
        case includeFailed(name: String, reason: String)
        /// Includes nested deeper than `limit`, usually a template including itself.
        case includeTooDeep(name: String, limit: Int)
        /// A `for` or `if` block nested deeper than `limit` blocks.
        case nestingTooDeep(keyword: String, limit: Int)
        /// Rendering took more than `limit` steps (`TemplateLimits.steps`).
        case tooManySteps(limit: Int)
        /// Rendering produced more than `limit` bytes.
        case outputTooLarge(limit: Int)
        /// The template's source has more than `limit` bytes.
        case sourceTooLarge(limit: Int)
    }

    /// The template's source name, as it appears in the message.
    package var file: String
    /// The 1-based line of the tag at fault.
    package var line: Int
    /// The 1-based column (in Unicode scalars) of the tag at fault.
    package var column: Int
    /// What went wrong.
    package var kind: Kind

    /// Creates an error at a position in a template.
    package init(file: String, line: Int, column: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
    }

    init(file: String, location: SourceLocation, kind: Kind) {
        self.init(file: file, line: location.line, column: location.column, kind: kind)
    }

    /// The message without the position, e.g. `unknown variable 'foo.bar'`.
    package var message: String {
        OneLine.escaped(unescapedMessage)
    }

    /// `file:line:column: message`, e.g.
    /// `Templates/markdown/walkthrough.md:12:5: unknown variable 'foo.bar'`.
    package var description: String {
        "\(OneLine.escaped(file)):\(line):\(column): \(message)"
    }

    private var unescapedMessage: String {
        switch kind {
        case .unterminatedTag(let opener):
            return "unterminated tag: '\(opener)' has no closing '\(Self.closer(of: opener))'"
        case .unterminatedRaw:
            return "'raw' block has no matching '{% endraw %}'"
        case .unknownTag(let keyword):
            return "unknown tag '\(keyword)'"
        case .malformedTag(let tag, let expected):
            return "malformed tag '\(tag)': expected '\(expected)'"
        case .invalidPath(let path):
            return "invalid variable path '\(path)'"
        case .unmatchedTag(let keyword, nil):
            let opener = switch keyword {
            case "endfor": "for"
            case "endraw": "raw"
            default: "if"
            }
            return "'\(keyword)' without a matching '\(opener)'"
        case .unmatchedTag(let keyword, let expected?):
            return "'\(keyword)' found where '\(expected)' was expected"
        case .branchAfterElse(let keyword):
            return "'\(keyword)' after 'else' in the same 'if'"
        case .unclosedBlock(let keyword, let closer):
            return "'\(keyword)' is never closed: missing '\(closer)'"
        case .unknownVariable(let path):
            return "unknown variable '\(path)'"
        case .notPrintable(let path, let kind):
            return "cannot print '\(path)': it is \(kind)"
        case .notIterable(let path, let kind):
            return "cannot iterate over '\(path)': it is \(kind), not a list"
        case .unknownTemplate(let name):
            return "unknown template '\(name)'"
        case .includeFailed(let name, let reason):
            return "cannot include '\(name)': \(reason)"
        case .includeTooDeep(let name, let limit):
            return "including '\(name)' exceeds the include depth limit of \(limit)"
                + " (does a template include itself?)"
        case .nestingTooDeep(let keyword, let limit):
            return "'\(keyword)' nests blocks deeper than the limit of \(limit)"
        case .tooManySteps(let limit):
            return "rendering takes more than the limit of \(limit) steps"
                + " (each loop iteration, tag and include counts; nested loops multiply)"
        case .outputTooLarge(let limit):
            return "the output is larger than the limit of \(limit) bytes"
        case .sourceTooLarge(let limit):
            return "the template is larger than the limit of \(limit) bytes"
        }
    }

    private static func closer(of opener: String) -> String {
        switch opener {
        case "{{": "}}"
        case "{#": "#}"
        default: "%}"
        }
    }
}
