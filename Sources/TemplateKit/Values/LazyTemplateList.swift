/// A list whose items are made one at a time, when a loop reaches them, and dropped after.
///
/// Rendering `{% for %}` over a lazy list calls `item(at:)` once per iteration, in order, and
/// keeps only the current item, so memory does not grow with `count`. It renders exactly like
/// the eager list of the same items.
///
/// Making an item is work a loop repeats each time it runs, and nested loops over lazy lists
/// multiply it, so each item made is charged `stepsPerItem` steps of `TemplateLimits.steps`:
/// the limit bounds the time a template takes, not only how often its loops turn.
package struct LazyTemplateList: Sendable {
    /// The number of items.
    package let count: Int
    /// The steps making one item costs, at least 1: about the time it takes, in units of the
    /// time of one plain step (a piece of text, a tag).
    package let stepsPerItem: Int
    private let makeItem: @Sendable (Int) throws -> TemplateValue

    /// Creates a list of `count` items; `item` makes the item at a 0-based index, at a cost
    /// of `stepsPerItem` steps.
    ///
    /// An error thrown by `item` stops rendering and is rethrown unchanged.
    package init(
        count: Int, stepsPerItem: Int = 1, item: @escaping @Sendable (Int) throws -> TemplateValue
    ) {
        self.count = max(0, count)
        self.stepsPerItem = max(1, stepsPerItem)
        self.makeItem = item
    }

    /// The item at `index` (0-based, below `count`), made now.
    package func item(at index: Int) throws -> TemplateValue {
        try makeItem(index)
    }
}
