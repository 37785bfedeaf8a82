/// A value a template can print, test or iterate.
///
/// Numbers are not a case on purpose: callers format them (precision, sign, notation) and pass
/// the result as text, so a template never decides how a number looks.
///
/// Two values are equal when they print, test and iterate alike: a lazy list equals an eager
/// list with equal items (comparing makes every item; an item that throws makes them unequal).
package enum TemplateValue: Sendable {
    /// Plain text, escaped for the output format when printed.
    case text(String)
    /// Text already in the output format (a math fragment, a markup snippet), printed verbatim.
    case raw(String)
    /// A flag for `{% if %}`; prints as `true` or `false`.
    case bool(Bool)
    /// A sequence for `{% for %}`; true in `{% if %}` when not empty.
    case list([TemplateValue])
    /// A sequence whose items are made while the loop runs; otherwise exactly like `.list`.
    case lazyList(LazyTemplateList)
    /// Named members reached with dotted paths such as `row.value`.
    case object([String: TemplateValue])
}

extension TemplateValue {
    /// Whether `{% if %}` takes the branch: `false`, empty text, empty raw text, an empty list
    /// and an empty object are false; everything else is true.
    package var isTruthy: Bool {
        switch self {
        case .text(let string), .raw(let string): !string.isEmpty
        case .bool(let flag): flag
        case .list(let items): !items.isEmpty
        case .lazyList(let list): list.count > 0
        case .object(let members): !members.isEmpty
        }
    }

    /// A lazy list of `count` items, each made by `item` (given a 0-based index) when a loop
    /// reaches it, at a cost of `stepsPerItem` steps. See `LazyTemplateList`.
    package static func list(
        count: Int,
        stepsPerItem: Int = 1,
        item: @escaping @Sendable (Int) throws -> TemplateValue
    ) -> TemplateValue {
        .lazyList(LazyTemplateList(count: count, stepsPerItem: stepsPerItem, item: item))
    }

    /// The kind of value in words, as error messages name it ("text", "a list", ...).
    var kindDescription: String {
        switch self {
        case .text: "text"
        case .raw: "raw text"
        case .bool: "a bool"
        case .list, .lazyList: "a list"
        case .object: "an object"
        }
    }
}

extension TemplateValue: Equatable {
    package static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.text(let left), .text(let right)), (.raw(let left), .raw(let right)):
            return left == right
        case (.bool(let left), .bool(let right)):
            return left == right
        case (.object(let left), .object(let right)):
            return left == right
        case (.list, .list), (.list, .lazyList), (.lazyList, .list), (.lazyList, .lazyList):
            guard let left = ListItems(lhs), let right = ListItems(rhs),
                  left.count == right.count else { return false }
            return (0..<left.count).allSatisfy { index in
                guard let one = try? left.item(at: index), let other = try? right.item(at: index)
                else { return false }
                return one == other
            }
        default:
            return false
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// Creates escaped text, so `"w5"` in a context literal is `.text("w5")`.
    package init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension TemplateValue: ExpressibleByStringInterpolation {}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// Creates a flag.
    package init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// Creates a list.
    package init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Creates an object; a repeated key keeps its last value.
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
