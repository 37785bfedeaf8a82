/// Output that could not be written.
struct OutputError: Error {
    enum Kind {
        /// The file could not be created where asked (missing folder, no permission): EX_CANTCREAT.
        case cannotCreate
        /// Writing failed part-way (disk full, closed pipe): EX_IOERR.
        case ioError
    }

    let kind: Kind
    let path: String
    let reason: String
}

/// An input file that could not be read: EX_NOINPUT.
struct MissingInputError: Error {
    let path: String
    let reason: String
}
