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

    /// `a.txt:1: …`: a header whose step cannot or may not be run, in its own words.
    static func message(_ error: SheetHeaderSetupError) -> String {
        let place = "\(error.file):\(error.line): the worksheet's setup (its #@ lines) "
        switch error.problem {
        case let .tooMuchWork(step, limit):
            return place + "asks for step \(step), more than a worksheet of this network may ask for "
                + "(\(limit)); this sheet is not marked"
        case let .contradiction(.adamRounded(decimals)):
            return place + "asks for round=\(decimals) with optimizer=adam, which contradict each other "
                + "(Adam's second moments round away to 0); this sheet is not marked"
        case let .contradiction(.updatedOrderingNeedsOneExample(examples)):
            return place + "asks for hidden-uses=updated with \(examples) examples, which needs one; "
                + "this sheet is not marked"
        case let .contradiction(other):
            return place + "asks for settings that contradict each other (\(describe(other).0)); "
                + "this sheet is not marked"
        }
    }

    /// `s.txt:7: …`: a resumed file that saving would cut short.
    static func message(_ error: QuizResumeError) -> String {
        "\(error.file):\(error.line): this line is not an answer the quiz keeps, and saving would "
            + "lose it; give --save OTHER to keep \(error.file) as it is"
    }
}
