/// Exit statuses, following sysexits(3).
enum ExitStatus {
    static let success: Int32 = 0
    /// `check` found mistakes.
    static let mistakesFound: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let software: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
}
