/// An input file (network file, answers file, `@FILE` list) that could not be read.
struct InputError: Error, Equatable {
    enum Kind: Equatable {
        /// Not there: EX_NOINPUT.
        case missing
        /// There, but not readable (permissions, a folder, a device that fails): EX_NOINPUT.
        case unreadable
        /// Larger than ``InputFile/maximumSize``: EX_DATAERR.
        case tooLarge
    }

    let kind: Kind
    /// The file as the user named it (`standard input` for `-`).
    let path: String
    let reason: String
}
