/// The sink behind the `String` rendering APIs: keeps every chunk, in order.
struct OutputBuffer: TemplateSink {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ chunk: [UInt8]) {
        bytes.append(contentsOf: chunk)
    }

    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
