import Foundation
import Testing

/// `backprop explain --view …`, `--format dot` and `--epsilon` as a user runs them.
@Suite struct ViewCommandTests {
    @Test func everyViewInOneDocumentHasEachSection() throws {
        let result = try BackpropProcess.run(["explain", "--view", "all", "--format", "text"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        for heading in ["== The forward pass", "== The step in matrix form", "== The computational graph", "== The gradient check"] {
            #expect(result.output.contains(heading), "\(heading)")
        }
    }

    @Test func dotFormatIsTheGraph() throws {
        let result = try BackpropProcess.run(["explain", "--format", "dot"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("digraph backprop {"))
        #expect(result.output.contains("n0 [label=\"{i1|value 0.05|grad 0.003804267}\""))
        let refused = try BackpropProcess.run(["explain", "--format", "dot", "--view", "matrix"])
        #expect(refused.status == 64)
        #expect(refused.error.hasPrefix("backprop: error: --format dot draws the computational graph: use it with --view graph\n"))
    }

    @Test func epsilonChangesTheStepAndIsBounded() throws {
        let result = try BackpropProcess.run(["explain", "--view", "gradient-check", "--format", "json", "--epsilon", "0.001"])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["h"] as? Double == 0.001)
        for bad in ["0", "2", "nan", "-0.001", "x"] {
            let refused = try BackpropProcess.run(["explain", "--view", "gradient-check", "--epsilon", bad])
            #expect(refused.status == 64, "\(bad)")
            #expect(refused.error.hasPrefix("backprop: error: --epsilon"), "\(bad): \(refused.error)")
            #expect(refused.output.isEmpty)
        }
        let ignored = try BackpropProcess.run(["explain", "--view", "matrix", "--epsilon", "0.001", "--format", "text"])
        #expect(ignored.status == 0)
        #expect(ignored.error.contains("--epsilon applies to --view gradient-check and all only; it is ignored"))
    }

    @Test func viewsAStepCannotHaveAreRefusedInOneLine() throws {
        let batch = ["--inputs", "0.05,0.1;0.2,0.3", "--targets", "0.01,0.99;0.5,0.5"]
        for view in ["graph", "all"] {
            let refused = try BackpropProcess.run(["explain", "--view", view] + batch)
            #expect(refused.status == 64, "\(view)")
            #expect(refused.error == "backprop: error: --view graph shows a step of one example, and this network has 2: the walkthrough, the matrix form and the gradient check show several\nbackprop: see 'backprop help explain'\n", "\(view)")
            #expect(refused.output.isEmpty)
        }
        let matrix = try BackpropProcess.run(["explain", "--view", "matrix", "--format", "text"] + batch)
        #expect(matrix.status == 0, "\(matrix.error)")
        #expect(matrix.output.contains("The step learns from a batch of n = 2 examples at once"))
        let batchCheck = try BackpropProcess.run(["explain", "--view", "gradient-check", "--format", "text"] + batch)
        #expect(batchCheck.status == 0, "\(batchCheck.error)")
        #expect(batchCheck.output.contains("Every gradient agrees with its estimate"))
        let rounded = try BackpropProcess.run(["explain", "--view", "gradient-check", "--round", "4"])
        #expect(rounded.status == 64)
        #expect(rounded.error.hasPrefix("backprop: error: --view gradient-check compares exact gradients"))
        let list = try BackpropProcess.run(["explain", "--view", "matrix", "--format", "list"])
        #expect(list.status == 64)
        #expect(list.error.contains("use --format json"))
    }

    @Test func theListOfAGradientCheckNamesItsTerms() throws {
        let result = try BackpropProcess.run(["explain", "--view", "gradient-check", "--format", "list"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("# gradient check: h = 1e-05\n"))
        #expect(result.output.contains("E_total(w5+h) = "))
        #expect(result.output.contains("DeltaE_total/Deltaw5 = 0.0821670405"))
    }
}
