/// `--pdf` could not produce a PDF.
enum PDFError: Error, Equatable {
    /// No `pdflatex` on the `PATH`: EX_UNAVAILABLE.
    case noEngine
    /// pdflatex ran and rejected the document; the first error line of its log, and the line of
    /// the LaTeX source it points at, when the log names one.
    case compilationFailed(error: String, line: Int?)
    /// pdflatex could not be started, or left no PDF without reporting an error.
    case engineFailed(reason: String)
    /// The temporary folder to run pdflatex in could not be made or written.
    case workspace(reason: String)
}
