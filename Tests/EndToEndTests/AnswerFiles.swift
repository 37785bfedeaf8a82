import Foundation

/// Answers files for the end-to-end tests: worksheets filled in with the exact values.
enum AnswerFiles {
    /// The `name = value` terms `backprop explain arguments…` prints, full precision.
    static func exactValues(_ arguments: [String] = []) throws -> [String: Double] {
        let result = try BackpropProcess.run(["explain", "--format", "list"] + arguments)
        var values: [String: Double] = [:]
        for line in result.output.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.components(separatedBy: " = ")
            if parts.count == 2, let value = Double(parts[1]) { values[parts[0]] = value }
        }
        return values
    }

    /// `worksheet` with every empty value filled in from `values` to `decimals` decimals: text
    /// lines `name =` and Markdown rows ending in an empty cell.
    static func filled(_ worksheet: String, with values: [String: Double], decimals: Int = 4) -> String {
        worksheet.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let text = String(line)
            if !text.hasPrefix("#"), text.hasSuffix(" ="), let value = values[String(text.dropLast(2))] {
                return text + " " + String(format: "%.\(decimals)f", value)
            }
            if text.hasPrefix("| `"), text.hasSuffix("|  |") {
                let name = text.dropFirst(3).prefix { $0 != "`" }
                if let value = values[String(name)] {
                    return String(text.dropLast(3)) + " " + String(format: "%.\(decimals)f", value) + " |"
                }
            }
            return text
        }.joined(separator: "\n")
    }

    /// Writes `text` to `name` in `folder` and returns its path.
    @discardableResult
    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
