import BackpropCore
import BackpropRender
import Foundation
import Testing

/// The HTML graph's SVG as headless Chromium lays it out: every label inside its own box, no two
/// boxes overlapping, no label of one node over another's. Skipped when no `chromium` is on the
/// PATH.
@Suite struct GraphLabelsInChromiumTests {
    static let chromium: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").flatMap { folder in
            ["chromium", "chromium-browser"].map { URL(fileURLWithPath: String(folder)).appending(path: $0) }
        }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Measures every `svg.backprop-graph` of the page with `getBBox` and writes what is wrong
    /// (or `OK`) into `<pre id="result">`. Lines of one node may share their font's line boxes:
    /// only different nodes' labels are compared.
    static let measuring = """
        <script>
        const problems = [];
        const overlap = (a, b) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5
          && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
        let count = 0;
        document.querySelectorAll('svg.backprop-graph').forEach((svg, picture) => {
          const rects = [...svg.querySelectorAll('rect.node')].map(r => r.getBBox());
          const labels = [...svg.querySelectorAll('text')].map(t => {
            const b = t.getBBox(), cx = b.x + b.width / 2, cy = b.y + b.height / 2;
            const owner = rects.findIndex(r => cx >= r.x && cx <= r.x + r.width && cy >= r.y && cy <= r.y + r.height);
            if (owner < 0) problems.push(picture + ': outside every box: ' + t.textContent);
            else if (b.x < rects[owner].x - 0.5 || b.x + b.width > rects[owner].x + rects[owner].width + 0.5)
              problems.push(picture + ': wider than its box: ' + t.textContent);
            return {b, owner, text: t.textContent};
          });
          count += labels.length;
          rects.forEach((a, i) => rects.slice(i + 1).forEach(b => { if (overlap(a, b)) problems.push(picture + ': boxes overlap'); }));
          labels.forEach((a, i) => labels.slice(i + 1).forEach(b => {
            if (a.owner !== b.owner && overlap(a.b, b.b)) problems.push(picture + ': ' + a.text + ' over ' + b.text);
          }));
        });
        document.body.insertAdjacentHTML('beforeend', '<pre id="result">'
          + (problems.length ? problems.join('\\n') : 'OK ' + count) + '</pre>');
        </script>
        """

    static func graph(_ setup: TrainingSetup) throws -> String {
        let trace = try Engine.run(setup)
        let html = try ViewGoldenTests.render(
            StepViews(trace: trace, shown: [.graph], graph: ComputationalGraph(trace: trace)), .html
        )
        let start = try #require(html.range(of: "<svg class=\"backprop-graph\""))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test(.enabled(if: chromium != nil, "needs Chromium"))
    func labelsStayInsideTheirBoxesAndApart() throws {
        let chromium = try #require(Self.chromium)
        let setups = try [
            TrainingSetup.reference,
            ViewContentTests.network([2, 3, 3, 2], activations: [.tanh, .relu, .logistic]),
            ViewContentTests.network([3, 12, 2]),
            ViewContentTests.network([2, 3, 3], activations: [.logistic, .softmax], loss: .crossEntropy, sharing: .none),
        ]
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            + (try setups.map(Self.graph).joined(separator: "\n")) + Self.measuring + "</body></html>"
        let folder = try GoldenFile.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "graphs.html")
        try Data(page.utf8).write(to: file)
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + folder.appending(path: "profile").path,
            "--dump-dom", file.absoluteString,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The script holds the same text: the result is the last.
        let start = try #require(dom.range(of: "<pre id=\"result\">", options: .backwards), "Chromium wrote no result")
        let result = dom[start.upperBound...].prefix { $0 != "<" }
        #expect(result.hasPrefix("OK "), "\(result)")
        // Three lines per node: the four pictures have 70 nodes (the reference's 33 scalar
        // ones; the others layer by layer, a⁰, then W, b, z = W·a + b and a per layer, y, E).
        #expect(Int(result.dropFirst(3)) == 210, "\(result)")
    }
}
