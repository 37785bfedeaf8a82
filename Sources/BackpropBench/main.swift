import BackpropCore
import BackpropInput
import BackpropRender
import BackpropSupport
import Foundation

// In-process timings of the engine's hot paths, release build:
//   swift run -c release backprop-bench
// Whole-process timings (startup included) are taken by .ci/bench with /usr/bin/time.

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func measure(_ label: String, runs: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    var seconds: [Double] = []
    for _ in 0..<runs {
        let elapsed = try clock.measure(body)
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    let figures = String(format: "median %9.3f ms  (min %9.3f, max %9.3f, %d runs)",
                         median(seconds) * 1e3, seconds.min()! * 1e3, seconds.max()! * 1e3, runs)
    print(label.padding(toLength: 54, withPad: " ", startingAt: 0) + figures)
}

func mnistSized() throws -> TrainingSetup {
    var random = SplitMix64(seed: 784)
    let layers = [784, 128, 10]
    let weights = (0..<(Network.weightCount(for: layers) ?? 0)).map { _ in
        (random.nextUnitDouble() - 0.5) * 0.1
    }
    let example = Example(
        inputs: (0..<784).map { _ in random.nextUnitDouble() },
        targets: (0..<10).map { $0 == 3 ? 0.99 : 0.01 }
    )
    return try TrainingSetup(
        layerSizes: layers, weights: weights, biases: [[0.1], [0.1]], biasSharing: .perLayer,
        activations: [.logistic, .logistic], examples: [example], learningRate: 0.5
    )
}

// `backprop-bench --write-network FILE` writes the [784, 128, 10] network for whole-process runs.
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "--write-network", let path = arguments.dropFirst().first {
    try Data(NetworkFile.encode(mnistSized()).utf8).write(to: URL(fileURLWithPath: path))
    exit(0)
}

var sink = 0.0
try measure("reference network, 10000 steps (traced first step)", runs: 21) {
    sink += try Engine.run(.reference, options: TrainingOptions(steps: 10_000)).final.totalError
}
try measure("reference network, 1 traced step", runs: 101) {
    sink += try Engine.run(.reference).final.totalError
}
let big = try mnistSized()
try measure("[784, 128, 10], 1 traced step", runs: 7) {
    sink += try Engine.run(big).final.totalError
}
try measure("[784, 128, 10], 100 steps", runs: 5) {
    sink += try Engine.run(big, options: TrainingOptions(steps: 100)).final.totalError
}
let bigTrace = try Engine.run(big)
measure("[784, 128, 10], JSON of the trace", runs: 5) {
    sink += Double(TraceJSONRenderer().render(bigTrace).utf8.count)
}
try measure("[784, 128, 10], Markdown walkthrough", runs: 5) {
    var renderer = WalkthroughRenderer(
        style: .markdown, options: WalkthroughOptions(),
        templates: try WalkthroughRenderer.templates(overriding: nil)
    )
    sink += Double(try renderer.render(bigTrace).utf8.count)
}
print("(checksum \(sink))")
