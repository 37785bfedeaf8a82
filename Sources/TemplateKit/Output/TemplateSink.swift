/// Where rendered output goes, chunk by chunk, so a large document never has to be held whole.
///
/// The renderer calls `write(_:)` with the output in order. Every chunk is valid UTF-8 on its own
/// (it never splits a character) and is at most about 64 KiB plus the largest single value
/// printed. An error thrown by `write(_:)` stops rendering and is rethrown unchanged.
package protocol TemplateSink {
    /// Takes the next piece of output.
    mutating func write(_ chunk: [UInt8]) throws
}
