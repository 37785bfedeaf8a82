/// The kind of a JSON value, as a network file's error names what it found.
package enum JSONType: Sendable, Equatable {
    case null, bool, number, string, array, object
}
