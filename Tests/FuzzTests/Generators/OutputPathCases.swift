/// Where output goes: `-o` files, exercise folders and template exports at awkward paths.
enum OutputPathCases {
    static let paths = [
        "out.md", "sub/out.md", "missing/out.md", "sub", "sub/", "", ".", "..", "file.txt/out.md",
        "link-to-missing/out.md", "dangling", "full", String(repeating: "n", count: 300),
        String(repeating: "d/", count: 100) + "out.md", "a\nb.md", "\u{1B}[31m.md", "é ∂.md",
        "-", "--", "-o", "sub/../out.md", "./out.md", " out.md",
    ]

    static func make(using random: inout SeededRandom) -> FuzzCase {
        let path = random.pick(paths)
        var fuzzCase: FuzzCase
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            fuzzCase = FuzzCase(kind: "output-path", arguments: ["exercise", "--seed", "7", "--count", "2", "--out-dir", path],
                                allowedStatuses: [0, 64, 73, 74])
            fuzzCase.outputFolder = (path, 13)
        case 1:
            fuzzCase = FuzzCase(kind: "output-path", arguments: ["templates", "export", path], allowedStatuses: [0, 64, 73, 74])
        case 2:
            fuzzCase = FuzzCase(kind: "output-path", arguments: ["worksheet", "-o", path], allowedStatuses: [0, 64, 73, 74])
        default:
            fuzzCase = FuzzCase(kind: "output-path", arguments: ["explain", "--digits", "4", "-o", path],
                                allowedStatuses: [0, 64, 73, 74])
        }
        fuzzCase.files = ["sub/.keep": [], "file.txt": Array("x".utf8)]
        fuzzCase.links = ["link-to-missing": "nowhere/at/all", "dangling": "nowhere", "full": "/dev/full"]
        // A dangling link is followed: what is written lands at its target.
        fuzzCase.outputs = [path, "out.md"] + (path == "dangling" ? ["nowhere"] : [])
        return fuzzCase
    }
}
