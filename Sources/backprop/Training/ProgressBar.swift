import BackpropRender
import Foundation

/// A one-line progress bar on standard error: the epoch, a bar, the loss and the time left.
/// Drawn at most ten times a second, and only when `shown` (standard error is a terminal and
/// `--quiet` was not given); cleared when training ends.
final class ProgressBar {
    private let shown: Bool
    private let epochs: Int
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    init(shown: Bool, epochs: Int) {
        self.shown = shown
        self.epochs = epochs
        start = clock.now
    }

    func update(epoch: Int, loss: Double) {
        guard shown else { return }
        let now = clock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), epoch != epochs { return }
        lastDrawn = now
        let elapsed = Self.seconds(now - start)
        let share = Double(epoch) / Double(epochs)
        let remaining = share > 0 ? elapsed / share - elapsed : 0
        let width = 30
        let filled = min(width, Int(share * Double(width)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "epoch \(epoch)/\(epochs) \(bar) loss \(NumberFormat(digits: 6).string(loss)) ETA \(Self.clockText(remaining))"
        writeError("\r\u{1B}[K" + line)
        drawn = true
    }

    /// Clears the bar's line.
    func finish() {
        if drawn { writeError("\r\u{1B}[K") }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    private static func clockText(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "--:--" }
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
