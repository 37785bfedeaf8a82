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
        // The template language: parse once, render with a context; knows no networks.
        .target(name: "TemplateKit"),
        // The files of Templates/, compiled in by the EmbedTemplates plugin.
        .target(name: "BuiltInTemplates", plugins: ["EmbedTemplates"]),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"],
            path: "Sources/EmbedTemplatesPlugin"
        ),
        .executableTarget(name: "embed-templates", path: "Sources/EmbedTemplatesTool"),
        // Renderers: read a trace (and check reports), never compute a derivative.
        .target(
            name: "BackpropRender",
            dependencies: ["BackpropCore", "BackpropCheck", "TemplateKit", "BuiltInTemplates"]
        ),
        // Judging a student's hand calculation against the trace.
        .target(name: "BackpropCheck", dependencies: ["BackpropCore"]),
        .executableTarget(
            name: "backprop",
            dependencies: ["BackpropCore", "BackpropRender", "BackpropCheck", "TemplateKit"]
        ),
        .executableTarget(
            name: "backprop-bench",
            dependencies: ["BackpropCore", "BackpropRender"],
            path: "Sources/BackpropBench"
        ),
        .testTarget(
            name: "BackpropCoreTests", dependencies: ["BackpropCore"], exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BackpropRenderTests", dependencies: ["BackpropRender"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(name: "BackpropCheckTests", dependencies: ["BackpropCheck"]),
        .testTarget(
            name: "TemplateKitTests",
            dependencies: ["TemplateKit", "BuiltInTemplates"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["backprop"]),
        // Generated and mutated inputs run through the built binary (docs/fuzzing.md).
        .testTarget(name: "FuzzTests", dependencies: ["backprop"]),
    ]
)
