/// A value a template can print, test or iterate.
///
/// Numbers are not a case on purpose: callers format them (precision, sign, notation) and pass
/// the result as text, so a template never decides how a number looks.
public enum TemplateValue: Sendable, Equatable {
    /// Plain text, escaped for the output format when printed.
    case text(String)
    /// Text already in the output format (a math fragment, a markup snippet), printed verbatim.
    case raw(String)
    /// A flag for `{% if %}`; prints as `true` or `false`.
    case bool(Bool)
    /// A sequence for `{% for %}`; true in `{% if %}` when not empty.
    case list([TemplateValue])
    /// Named members reached with dotted paths such as `row.value`.
    case object([String: TemplateValue])
}

extension TemplateValue {
    /// Whether `{% if %}` takes the branch: `false`, empty text, empty raw text, an empty list
    /// and an empty object are false; everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .text(let string), .raw(let string): !string.isEmpty
        case .bool(let flag): flag
        case .list(let items): !items.isEmpty
        case .object(let members): !members.isEmpty
        }
    }

    /// The kind of value in words, as error messages name it ("text", "a list", ...).
    var kindDescription: String {
        switch self {
        case .text: "text"
        case .raw: "raw text"
        case .bool: "a bool"
        case .list: "a list"
        case .object: "an object"
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// Creates escaped text, so `"w5"` in a context literal is `.text("w5")`.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension TemplateValue: ExpressibleByStringInterpolation {}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// Creates a flag.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// Creates a list.
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Creates an object; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
