import TemplateKit

/// Where `explain` writes its document while it is being made: the `-o` destination (or
/// standard output) and, with `--pdf`, the LaTeX file pdflatex compiles.
///
/// The first ``holdBack`` bytes stay in memory before any reaches the destination, so a document
/// that fails before it is that long (a broken override template) leaves standard output as
/// untouched as it leaves a file; a longer one streams, keeping memory bounded. A file is still
/// written whole or not at all, since its handle commits only at the end.
struct DocumentSink: TemplateSink {
    /// 4 MiB: more than any walkthrough with the first weight of each layer derived, up to the
    /// largest networks (`[784, 128, 10]`: 3.2 MB of HTML).
    static let holdBack = 4 << 20

    private let document: OutputHandle?
    private let source: WritableFile?
    private var held: [UInt8] = []
    private var streaming = false

    /// A sink into `document` and/or the LaTeX `source` of a PDF.
    init(document: OutputHandle?, source: WritableFile? = nil) {
        self.document = document
        self.source = source
    }

    mutating func write(_ chunk: [UInt8]) throws {
        if let source, let error = chunk.withUnsafeBytes({ source.write($0) }) {
            throw PDFError.workspace(reason: "writing the LaTeX source: \(error.phrase)")
        }
        guard let document else { return }
        if streaming {
            try document.write(chunk)
            return
        }
        held.append(contentsOf: chunk)
        if held.count >= Self.holdBack {
            try release(to: document)
        }
    }

    /// Passes on what is held back: the document is complete.
    mutating func end() throws {
        if let document { try release(to: document) }
    }

    private mutating func release(to document: OutputHandle) throws(OutputError) {
        streaming = true
        guard !held.isEmpty else { return }
        try document.write(held)
        held = []
    }
}
