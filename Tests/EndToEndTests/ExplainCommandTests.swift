import Foundation
import Testing

/// `backprop explain`, `init` and `help` as a user runs them.
@Suite struct ExplainCommandTests {
    @Test func defaultRunIsTheReferenceNetwork() throws {
        let result = try BackpropProcess.run(["explain", "--format", "list"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output.contains("net_h1 = 0.3775\n"))
        #expect(result.output.contains("dE_total/dw5 = 0.08216704056423078\n"))
    }

    @Test func jsonHasTermsAndAfter() throws {
        let result = try BackpropProcess.run(["explain", "--format", "json", "--steps", "10000", "--hidden-uses", "updated"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let terms = try #require(object?["terms"] as? [[String: Any]])
        let net = try #require(terms.first { $0["name"] as? String == "net_h1" })
        #expect(net["value"] as? Double == 0.3775)
        #expect(net["formula"] as? String == "w1*i1 + w2*i2 + b1*1")
        #expect(net["from"] as? [String] == ["w1", "i1", "w2", "i2", "b1"])
        let after = try #require(object?["after"] as? [String: Any])
        #expect(after["steps"] as? Int == 10_000)
        let error = try #require(after["E_total"] as? Double)
        #expect(abs(error - 0.000035085) < 0.5e-9)
        #expect((after["outputs"] as? [Double])?.count == 2)
        #expect((after["weights"] as? [Double])?.count == 8)
        #expect((after["biases"] as? [Double]) == [0.35, 0.6])
    }

    @Test func initRoundTripsThroughANetworkFile() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try BackpropProcess.run(["init", "-o", "net.json", "--inputs", "1,0.5"], in: folder)
        #expect(written.status == 0)
        let direct = try BackpropProcess.run(["explain", "--format", "json", "--inputs", "1,0.5"])
        let viaFile = try BackpropProcess.run(["explain", "--format", "json", "--network", "net.json"], in: folder)
        #expect(viaFile.status == 0)
        #expect(viaFile.output == direct.output)
    }

    @Test func flagsOverrideTheFile() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try BackpropProcess.run(["init", "-o", "net.json"], in: folder)
        let result = try BackpropProcess.run(
            ["explain", "--format", "list", "--network", "net.json", "--learning-rate", "0.1"], in: folder
        )
        #expect(result.output.contains("eta = 0.1\n"))
    }

    @Test func deeperNetworksAndOtherActivationsRun() throws {
        let result = try BackpropProcess.run([
            "explain", "--format", "list", "--layers", "2,3,3,2", "--weights",
            (1...21).map { String(Double($0) / 40) }.joined(separator: ","),
            "--biases", "0.1,0.2,0.3,0.4,0.5;0.6,0.7,0.8;0.9,1.0".replacingOccurrences(of: "0.1,0.2,0.3,0.4,0.5", with: "0.1,0.2,0.3"),
            "--activation", "tanh,relu,logistic", "--update-biases",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("delta_h1_1 = "))
        #expect(result.output.contains("b_o2+ = "))
    }

    @Test func helpDescribesEveryFlag() throws {
        let help = try BackpropProcess.run(["help", "explain"])
        #expect(help.status == 0)
        for flag in ["--network", "--layers", "--inputs", "--targets", "--weights", "--biases",
                     "--learning-rate", "--activation", "--hidden-uses", "--update-biases",
                     "--steps", "--format", "--output"] {
            #expect(help.output.contains(flag), "\(flag)")
        }
        #expect(try BackpropProcess.run(["--help"]).output.contains("explain"))
        #expect(try BackpropProcess.run(["explain", "--help"]).output == help.output)
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.txt")
        try Data("keep me".utf8).write(to: target)
        let failed = try BackpropProcess.run(["explain", "-o", target.path, "--weights", "1,2"])
        #expect(failed.status == 65)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
        let ok = try BackpropProcess.run(["explain", "--format", "list", "-o", target.path])
        #expect(ok.status == 0)
        #expect(ok.output.isEmpty)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("i1 = 0.05\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["out.txt"])
    }
}
