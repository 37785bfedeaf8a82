// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "backprop",
    products: [
        .executable(name: "backprop", targets: ["backprop"]),
        .library(name: "BackpropCore", targets: ["BackpropCore"]),
    ],
    targets: [
        // Small helpers shared by the targets below, at `package` access: edit distance, the
        // full-precision number text and JSON's number grammar, a seeded random generator,
        // trimming, wrapping, and escaping control characters in one-line messages.
        .target(name: "BackpropSupport"),
        // The engine: networks, activations, losses, the one step algorithm, the trace.
        .target(name: "BackpropCore"),
        // Network files and flags: JSON parsing, where each value came from.
        .target(name: "BackpropInput", dependencies: ["BackpropCore", "BackpropSupport"]),
        // Seeded exercise generation and its degeneracy checks.
        .target(name: "BackpropExercises", dependencies: ["BackpropCore", "BackpropSupport"]),
        // The template language: parse once, render with a context; knows no networks.
        .target(name: "TemplateKit", dependencies: ["BackpropSupport"]),
        // The files of Templates/, compiled in by the EmbedTemplates plugin.
        .target(name: "BuiltInTemplates", plugins: ["EmbedTemplates"]),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"],
            path: "Sources/EmbedTemplatesPlugin"
        ),
        .executableTarget(name: "embed-templates", path: "Sources/EmbedTemplatesTool"),
        // Renderers: read a trace, never compute a derivative.
        .target(
            name: "BackpropRender",
            dependencies: [
                "BackpropCore", "BackpropExercises", "BackpropSupport", "TemplateKit",
                "BuiltInTemplates",
            ]
        ),
        // Judging a student's hand calculation against the trace.
        .target(name: "BackpropCheck", dependencies: ["BackpropCore", "BackpropSupport"]),
        // Check reports as text and JSON, phrased from Check's structured results.
        .target(
            name: "BackpropReport",
            dependencies: ["BackpropCheck", "BackpropCore", "BackpropRender", "BackpropSupport"]
        ),
        // Exercise sets as course platforms import them: one model of a question, one writer per
        // platform (Moodle, Canvas QTI, Numbas, PrairieLearn, GIFT), slips' values and feedback
        // from Check and Report.
        .target(
            name: "BackpropExport",
            dependencies: [
                "BackpropCheck", "BackpropCore", "BackpropExercises", "BackpropRender",
                "BackpropReport", "BackpropSupport", "TemplateKit",
            ]
        ),
        .executableTarget(
            name: "backprop",
            dependencies: [
                "BackpropCore", "BackpropInput", "BackpropExercises", "BackpropRender",
                "BackpropCheck", "BackpropReport", "BackpropSupport", "TemplateKit", "BackpropExport",
            ]
        ),
        .executableTarget(
            name: "backprop-bench",
            dependencies: ["BackpropCore", "BackpropInput", "BackpropRender"],
            path: "Sources/BackpropBench"
        ),
        .testTarget(
            name: "BackpropCoreTests", dependencies: ["BackpropCore", "BackpropSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "BackpropInputTests", dependencies: ["BackpropInput", "BackpropSupport"]),
        .testTarget(
            name: "BackpropRenderTests",
            dependencies: ["BackpropRender", "BackpropExercises", "BackpropInput", "BackpropSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(name: "BackpropCheckTests", dependencies: ["BackpropCheck", "BackpropInput", "BackpropSupport"]),
        .testTarget(
            name: "BackpropReportTests", dependencies: ["BackpropReport"]
        ),
        .testTarget(
            name: "TemplateKitTests",
            dependencies: ["TemplateKit", "BuiltInTemplates"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BackpropExportTests",
            dependencies: [
                "BackpropExport", "BackpropCheck", "BackpropCore", "BackpropExercises",
                "BackpropRender", "BackpropReport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["backprop"], exclude: ["Golden"]),
        // Generated and mutated inputs run through the built binary (docs/fuzzing.md).
        .testTarget(name: "FuzzTests", dependencies: ["backprop"]),
    ]
)
