import Foundation
import Testing

/// Numbers in messages read as people wrote them, without the binary noise of a sum.
@Suite struct MessageNumberTests {
    @Test func aSumOfTargetsHasNoBinaryNoise() throws {
        let result = try BackpropProcess.run([
            "explain", "--layers", "2,2,3", "--activation", "logistic,softmax", "--loss", "cross-entropy",
            "--targets", "0.2,0.3,0.4", "--weights", "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1",
        ])
        #expect(result.status == 65)
        #expect(result.error == "backprop: error: --targets: the targets sum to 0.9; a softmax layer's outputs sum to 1, so its targets must too\n")
    }

    @Test func aSumJustOffOneShowsTheMiss() throws {
        let result = try BackpropProcess.run([
            "explain", "--layers", "2,2,2", "--activation", "logistic,softmax", "--loss", "cross-entropy",
            "--targets", "0.5,0.500000002",
        ])
        #expect(result.error.contains("the targets sum to 1.000000002;"), "\(result.error)")
    }
}
