/// Writes exported questions in a course platform's format: one writer per platform, all
/// reading the same ``ExportedQuestion``s. The same questions give the same bytes.
package struct Exporter: Sendable {
    /// The platform.
    package let format: ExportFormat
    /// For Moodle: Cloze questions (default) or numerical ones.
    package let moodleStyle: MoodleStyle
    /// The set's seed, named in categories, titles and tags.
    package let setSeed: UInt64

    package init(format: ExportFormat, moodleStyle: MoodleStyle = .cloze, setSeed: UInt64) {
        self.format = format
        self.moodleStyle = moodleStyle
        self.setSeed = setSeed
    }

    /// The export's files: one with an empty name for a one-file format, the folder's files
    /// otherwise.
    package func files(_ questions: [ExportedQuestion]) throws(ExportError) -> [ExportedFile] {
        switch format {
        case .moodle:
            return [ExportedFile(name: "", text: MoodleWriter(style: moodleStyle, setSeed: setSeed).write(questions))]
        case .gift:
            return [ExportedFile(name: "", text: GIFTWriter(setSeed: setSeed).write(questions))]
        case .qti:
            var archive = ZipArchive()
            do {
                for file in QTIWriter(setSeed: setSeed).write(questions) { try archive.add(file.name, file.bytes) }
                return [ExportedFile(name: "", bytes: try archive.finished())]
            } catch {
                throw .archiveTooLarge
            }
        case .numbas:
            return [ExportedFile(name: "", text: NumbasWriter(setSeed: setSeed).write(questions))]
        case .prairielearn:
            return PrairieLearnWriter(setSeed: setSeed).write(questions)
        }
    }
}
