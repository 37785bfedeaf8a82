extension StringProtocol {
    /// The text without leading and trailing spaces (other white space is kept).
    package var trimmingSpaces: String {
        var slice = self[...]
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
