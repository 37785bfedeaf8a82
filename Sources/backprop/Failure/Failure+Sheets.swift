import BackpropCheck

/// The words for a worksheet header that cannot be trusted.
extension Failure {
    /// `mine.txt:4: the worksheet's setup (its #@ lines) was edited …`.
    static func message(_ error: SheetHeaderError) -> String {
        let place = "\(error.file):\(error.error.line): "
        let remedy = "restore the #@ lines from the worksheet as it was made, or check the file "
            + "with --network FILE"
        switch error.error.problem {
        case .edited:
            return place + "the worksheet's setup (its #@ lines) was changed since it was made; " + remedy
        case .incomplete:
            return place + "the worksheet's setup (its #@ lines) stops before its checksum line; " + remedy
        case let .repeated(first):
            return place + "a second worksheet setup (#@ lines); the first starts on line \(first): "
                + "keep one worksheet per file"
        case let .unknownVersion(version):
            return place + "a worksheet setup of version '\(version)', which this backprop does not "
                + "read (made by a newer backprop?)"
        case let .unexpected(text):
            return place + "'\(text.count <= 50 ? text : String(text.prefix(47)) + "...")' is not a line "
                + "of a worksheet setup; " + remedy
        case .noNetwork:
            return place + "the worksheet's setup has no network; " + remedy
        }
    }

    /// `s.txt:7: …`: a resumed file that saving would cut short.
    static func message(_ error: QuizResumeError) -> String {
        "\(error.file):\(error.line): this line is not an answer the quiz keeps, and saving would "
            + "lose it; give --save OTHER to keep \(error.file) as it is"
    }
}
