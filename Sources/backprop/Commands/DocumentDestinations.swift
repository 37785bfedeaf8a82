import Foundation

/// Where `explain` writes: the document (`-o`, or standard output) and, with `--pdf`, the PDF.
///
/// Both are opened, which checks them, before any work is done, and committed together, so a
/// command that fails writes neither.
struct DocumentDestinations {
    private let document: OutputHandle?
    private let pdf: OutputHandle?
    private let environment: Environment
    /// Whether the document goes to standard output.
    let writesStandardOutput: Bool

    /// Opens the destinations `arguments` name. With `--pdf` and no `-o`, the LaTeX source is
    /// not written anywhere.
    init(_ arguments: ParsedArguments, environment: Environment) throws {
        self.environment = environment
        let force = arguments.has("--force")
        let output = OutputDestination(arguments.value("--output"))
        let pdfPath = arguments.value("--pdf")
        let pdfDestination = pdfPath.map { OutputDestination($0) }
        // Two given outputs on one file or stream are refused earlier (`PathArguments`); this is
        // `--pdf -` beside the document's default, standard output.
        if let pdfDestination, pdfDestination == output {
            throw UsageError("-o and --pdf cannot both write to standard output", command: "explain")
        }
        pdf = try pdfDestination?.open(environment.output, force: force)
        document = pdfPath == nil || arguments.value("--output") != nil
            ? try output.open(environment.output, force: force) : nil
        writesStandardOutput = document != nil && output.isStandardOutput
    }


    /// Writes the document `render` makes into the destinations as it is made and, with
    /// `--pdf`, compiles it and writes the PDF; commits both together.
    func write(_ render: (inout DocumentSink) throws -> Void) throws {
        var handles: [OutputHandle] = []
        if let pdf {
            try pdf.write(PDFBuilder(environment: environment).build { source in
                var sink = DocumentSink(document: document, source: source)
                try render(&sink)
                try sink.end()
            })
            handles.append(pdf)
        } else {
            var sink = DocumentSink(document: document)
            try render(&sink)
            try sink.end()
        }
        if let document { handles.append(document) }
        try OutputHandle.commit(handles)
    }
}
