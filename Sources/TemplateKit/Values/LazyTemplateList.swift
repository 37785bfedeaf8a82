/// A list whose items are made one at a time, when a loop reaches them, and dropped after.
///
/// Rendering `{% for %}` over a lazy list calls `item(at:)` once per iteration, in order, and
/// keeps only the current item, so memory does not grow with `count`. It renders exactly like
/// the eager list of the same items.
public struct LazyTemplateList: Sendable {
    /// The number of items.
    public let count: Int
    private let makeItem: @Sendable (Int) throws -> TemplateValue

    /// Creates a list of `count` items; `item` makes the item at a 0-based index.
    ///
    /// An error thrown by `item` stops rendering and is rethrown unchanged.
    public init(count: Int, item: @escaping @Sendable (Int) throws -> TemplateValue) {
        self.count = max(0, count)
        self.makeItem = item
    }

    /// The item at `index` (0-based, below `count`), made now.
    public func item(at index: Int) throws -> TemplateValue {
        try makeItem(index)
    }
}
