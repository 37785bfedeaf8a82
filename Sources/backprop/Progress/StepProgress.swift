import Foundation

/// Progress of a long `--steps` run on a terminal: after the first second, a line on standard
/// error with the step, the share done and the time left, updated a few times a second.
///
/// Nothing is shown when standard error is not a terminal, nor for a run that ends within a
/// second: a script's output, and that of every short run, stays exactly as it was.
final class StepProgress {
    /// How long a run goes before its progress is shown.
    static let delay = Duration.seconds(1)
    /// The least time between two updates of the line.
    static let interval = Duration.milliseconds(250)

    private let total: Int
    private let line: ProgressLine
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var next: ContinuousClock.Instant

    /// Progress of a run of `total` steps shown on `line`; nil when `terminal` is false.
    init?(total: Int, line: ProgressLine, terminal: Bool) {
        guard terminal, total > 1 else { return nil }
        self.total = total
        self.line = line
        start = clock.now
        next = start.advanced(by: Self.delay)
    }

    /// Step `step` is done.
    func update(_ step: Int) {
        let now = clock.now
        guard now >= next else { return }
        next = now.advanced(by: Self.interval)
        line.show(Self.text(step: step, of: total, elapsed: now - start))
    }

    /// The run is over: the line goes.
    func finish() {
        line.erase()
    }

    /// "backprop: step 12,000,000 of 1,000,000,000 (1.2%), about 2 min left".
    static func text(step: Int, of total: Int, elapsed: Duration) -> String {
        let share = Double(step) / Double(total)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        var text = "backprop: step \(grouped(step)) of \(grouped(total)) ("
        text += share < 0.1 ? String(format: "%.1f%%)", share * 100) : "\(Int(share * 100))%)"
        if step > 0 {
            text += ", about " + remaining(seconds * Double(total - step) / Double(step)) + " left"
        }
        return text
    }

    private static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }

    private static func remaining(_ seconds: Double) -> String {
        switch seconds {
        case ..<60: return "\(max(1, Int(seconds.rounded()))) s"
        case ..<3600: return "\(Int((seconds / 60).rounded())) min"
        default: return String(format: "%.1f h", seconds / 3600)
        }
    }
}
