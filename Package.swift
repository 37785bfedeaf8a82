// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "backprop",
    products: [
        .executable(name: "backprop", targets: ["backprop"]),
        .library(name: "BackpropCore", targets: ["BackpropCore"]),
    ],
    targets: [
        // The engine: networks, activations, one traced training step, the trace.
        .target(name: "BackpropCore"),
        // Renderers: read a trace (and check reports), never compute a derivative.
        .target(
            name: "BackpropRender",
            dependencies: ["BackpropCore", "BackpropCheck"]
        ),
        // Judging a student's hand calculation against the trace.
        .target(name: "BackpropCheck", dependencies: ["BackpropCore"]),
        .executableTarget(
            name: "backprop",
            dependencies: ["BackpropCore", "BackpropRender", "BackpropCheck"]
        ),
        .executableTarget(
            name: "backprop-bench",
            dependencies: ["BackpropCore"],
            path: "Sources/BackpropBench"
        ),
        .testTarget(
            name: "BackpropCoreTests", dependencies: ["BackpropCore"], exclude: ["Fixtures"]
        ),
        .testTarget(name: "BackpropRenderTests", dependencies: ["BackpropRender"]),
        .testTarget(name: "BackpropCheckTests", dependencies: ["BackpropCheck"]),
        .testTarget(name: "EndToEndTests", dependencies: ["backprop"]),
    ]
)
