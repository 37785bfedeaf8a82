import BackpropCore
import Testing

/// The reference network's trace against every number the walkthrough publishes.
@Suite struct ReferenceWalkthroughTests {
    let published: PublishedValues
    let trace: Trace

    init() throws {
        published = try PublishedValues.load()
        trace = try Engine.run(.reference)
    }

    @Test func everyPublishedStepValueRoundsFromTheTrace() throws {
        #expect(published.step.count == 29)
        for (name, printed) in published.step where published.roundingArtifacts[name] == nil {
            let term = try #require(trace[name], "no term named \(name)")
            #expect(rounds(term.value, to: printed), "\(name) = \(term.value), published \(printed)")
        }
    }

    @Test func theRoundingArtifactComesFromRoundedIntermediates() throws {
        let term = try #require(trace["dE_o2/dout_h1"])
        #expect(abs(term.value - -0.019049118258) < 1e-12)
        #expect(!rounds(term.value, to: "-0.019049119"))
        // The walkthrough multiplied the already rounded δ_o2 by w7.
        #expect(rounds(-0.038098237 * 0.5, to: "-0.019049119"))
    }

    @Test func originalOrderingReproducesItsSummary() throws {
        let one = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .original))
        #expect(rounds(one.final.totalError, to: published.summaryOriginal["E_total after 1 step"]!))
        let many = try Engine.run(
            .reference, options: TrainingOptions(hiddenUses: .original, steps: 10_000)
        )
        #expect(rounds(many.final.totalError, to: published.summaryOriginal["E_total after 10000 steps"]!))
        #expect(rounds(many.final.outputs[0], to: published.summaryOriginal["out_o1 after 10000 steps"]!))
        #expect(rounds(many.final.outputs[1], to: published.summaryOriginal["out_o2 after 10000 steps"]!))
    }

    @Test func updatedOrderingReproducesThePublishedSummary() throws {
        let one = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .updated))
        #expect(rounds(one.final.totalError, to: published.summaryUpdated["E_total after 1 step"]!))
        let many = try Engine.run(
            .reference, options: TrainingOptions(hiddenUses: .updated, steps: 10_000)
        )
        #expect(rounds(many.final.totalError, to: published.summaryUpdated["E_total after 10000 steps"]!))
        #expect(rounds(many.final.outputs[0], to: published.summaryUpdated["out_o1 after 10000 steps"]!))
        #expect(rounds(many.final.outputs[1], to: published.summaryUpdated["out_o2 after 10000 steps"]!))
        // The printed 0.0000351085 has one digit too many and matches neither ordering.
        #expect(!rounds(many.final.totalError, to: "0.0000351085"))
    }

    @Test func updatedOrderingFeedsTheUpdatedOutputWeightsBack() throws {
        let updated = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .updated))
        let w5 = try #require(updated["w5+"]).value
        #expect(try #require(updated["dnet_o1/dout_h1"]).value == w5)
        #expect(try #require(trace["dnet_o1/dout_h1"]).value == 0.40)
    }

    @Test func historyHasPowersOfTenAndTheLastStep() throws {
        let run = try Engine.run(.reference, options: TrainingOptions(steps: 2_500))
        #expect(run.history.map(\.step) == [1, 10, 100, 1_000, 2_500])
        let exact = try Engine.run(.reference, options: TrainingOptions(steps: 100))
        #expect(exact.history.map(\.step) == [1, 10, 100])
    }

    @Test func deltaIsAlsoNamedAsAPartialDerivative() throws {
        #expect(trace["dE_total/dnet_o1"] == trace["delta_o1"])
        #expect(trace["dE_total/dnet_h2"] == trace["delta_h2"])
    }

    @Test func biasesStayFixedUnlessAsked() throws {
        #expect(trace.trained.biases == [[0.35], [0.60]])
        #expect(trace["b1+"] == nil)
        #expect(try #require(trace["dE_total/db2"]).value
            == trace["delta_o1"]!.value + trace["delta_o2"]!.value)
        let learning = try Engine.run(.reference, options: TrainingOptions(updateBiases: true))
        let b2 = try #require(learning["b2+"]).value
        #expect(b2 == 0.60 - 0.5 * learning["dE_total/db2"]!.value)
        #expect(learning.trained.biases[1] == [b2])
    }
}
