/// The items of a list value, eager or lazy, read by index.
struct ListItems {
    private let eager: [TemplateValue]
    private let lazy: LazyTemplateList?

    /// The items of `value`, or nil if it is not a list.
    init?(_ value: TemplateValue) {
        switch value {
        case .list(let items): (eager, lazy) = (items, nil)
        case .lazyList(let list): (eager, lazy) = ([], list)
        default: return nil
        }
    }

    var count: Int {
        lazy?.count ?? eager.count
    }

    /// The steps fetching one item costs: 1 for an eager list, what making it costs for a lazy one.
    var stepsPerItem: Int {
        lazy?.stepsPerItem ?? 1
    }

    /// The item at a 0-based index below `count`; a lazy list makes it now.
    func item(at index: Int) throws -> TemplateValue {
        if let lazy { return try lazy.item(at: index) }
        return eager[index]
    }
}
