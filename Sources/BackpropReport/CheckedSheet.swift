import BackpropCheck
import BackpropCore

/// One answers file checked: the report, the step it was checked against, and where that step
/// came from, for the report to say.
package struct CheckedSheet: Sendable {
    /// Where the network a sheet was checked against came from.
    package enum Origin: Sendable, Equatable {
        /// The sheet's own worksheet header (options given on the command line may override
        /// parts of it).
        case worksheet
        /// The network options given on the command line.
        case options
        /// Neither: the reference network.
        case reference
    }

    /// What was found.
    package let report: CheckReport
    /// The step.
    package let trace: Trace
    /// Where its network came from.
    package let origin: Origin
    /// The training options the step was computed with, as the caller would repeat them
    /// (`--hidden-uses updated`); shown after the network's description.
    package let options: [String]

    /// A checked sheet.
    package init(report: CheckReport, trace: Trace, origin: Origin, options: [String]) {
        self.report = report
        self.trace = trace
        self.origin = origin
        self.options = options
    }

    /// Whether the sheet was marked against the reference network only because it records no
    /// network and none was given, and has wrong values: perhaps it was made for another one.
    package var mayBeForAnotherNetwork: Bool {
        origin == .reference && report.score.wrong > 0
    }
}
