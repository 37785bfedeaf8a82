import TemplateKit

/// A sink that keeps every byte, for the `String` forms of the streaming renderers.
struct TextSink: TemplateSink {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ chunk: [UInt8]) {
        bytes.append(contentsOf: chunk)
    }
}
