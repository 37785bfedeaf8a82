import Foundation
import Testing

/// `check` marks a student's own finite-difference estimates, named as `docs/terms.md` says,
/// against the gradient check the engine computes for just those parameters.
@Suite struct FiniteDifferenceCheckTests {
    @Test func estimatesAreMarkedLikeEveryOtherTerm() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = """
            E_total(w5+h) = 0.29837193043
            E_total(w5−h) = 0.29837028709
            DeltaE_total/Deltaw5 = 0.0821670406
            numerical dE/dw1 = 0.0005
            net_h1 = 0.3775

            """
        try Data(sheet.utf8).write(to: folder.appending(path: "fd.txt"))
        let checked = try BackpropProcess.run(["check", "fd.txt", "--format", "json"], in: folder)
        #expect(checked.status == 1, "\(checked.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(checked.output.utf8)) as? [String: Any])
        let lines = try #require(json["verdicts"] as? [[String: Any]])
        let marks = lines.map { "\($0["name"] ?? "?") \($0["mark"] ?? "?")" }
        #expect(marks == [
            "E_total(w5+h) correct", "E_total(w5-h) correct", "DeltaE_total/Deltaw5 correct",
            "DeltaE_total/Deltaw1 wrong", "net_h1 correct",
        ], "\(marks)")
    }
}
