/// How a slip that explains several wrong lines is counted in the points.
package enum SameSlip: String, Sendable, CaseIterable {
    /// Each wrong line loses its mark (the default).
    case each
    /// A slip loses one mark, however many lines it explains: its later lines are not counted
    /// against the sheet.
    case once
}
