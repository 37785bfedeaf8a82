/// A course platform's import format (`exercise --export`).
package enum ExportFormat: String, CaseIterable, Sendable {
    /// Moodle XML: Cloze questions (or numerical ones), with their pictures inside.
    case moodle
    /// IMS QTI 1.2 in a zip, as Canvas imports it.
    case qti
    /// A Numbas exam file (JSON).
    case numbas
    /// A folder of PrairieLearn questions.
    case prairielearn
    /// Moodle's GIFT text format.
    case gift

    /// Whether the export is a folder of files rather than one file.
    package var writesFolder: Bool { self == .prairielearn }
}

/// How a Moodle export asks (`--moodle-style`).
package enum MoodleStyle: String, CaseIterable, Sendable {
    /// One Cloze question per exercise, a blank per asked term.
    case cloze
    /// One numerical question per asked term.
    case numerical
}

/// An export that cannot be written.
package enum ExportError: Error, Equatable {
    /// More than a ZIP without ZIP64 holds: 65,535 files or 4 GiB.
    case archiveTooLarge
}

/// One file of an export: its path inside the export (or the file itself) and its bytes.
package struct ExportedFile: Sendable, Equatable {
    /// The path inside the export's folder; empty for a one-file export.
    package let name: String
    /// The contents.
    package let bytes: [UInt8]

    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    package init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
