/// An item of a list option that is not what the option takes.
struct ListValueError: Error, Equatable {
    /// The option with its dashes: `--weights`.
    let option: String
    /// The file the list came from (`@FILE`), or nil for an inline list.
    let file: String?
    /// The inline text of the item's group, to quote it.
    let group: String
    /// The 1-based position of the item in its group; 0 when a file holds no items at all.
    let index: Int
    let item: String
    /// The item's line in the file.
    let line: Int?
    /// What the item should be: `a number`, `a whole number`.
    let expected: String
}
