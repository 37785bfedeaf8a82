import Foundation
import Synchronization

/// The boxes and circles of a drawn network picture, read back from a writer's output (or from
/// pdflatex's log), and what of them overlaps.
struct PictureBoxes {
    struct Box {
        let what: String
        let minX: Double, minY: Double, maxX: Double, maxY: Double

        var width: Double { maxX - minX }

        /// Overlap by more than `tolerance` (rounding of printed coordinates).
        func overlaps(_ other: Box, tolerance: Double = 0.01) -> Bool {
            min(maxX, other.maxX) - max(minX, other.minX) > tolerance
                && min(maxY, other.maxY) - max(minY, other.minY) > tolerance
        }

        func reaches(_ circle: Circle) -> Bool {
            let dx = circle.x - min(max(circle.x, minX), maxX)
            let dy = circle.y - min(max(circle.y, minY), maxY)
            return (dx * dx + dy * dy).squareRoot() < circle.radius - 0.01
        }
    }

    struct Circle {
        let what: String
        let x: Double, y: Double, radius: Double
    }

    var boxes: [Box] = []
    var circles: [Circle] = []

    /// Every pair of boxes that overlap, and every box that reaches into a circle.
    var collisions: [String] {
        var found: [String] = []
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.overlaps(other) {
                found.append("\(box.what) overlaps \(other.what)")
            }
            for circle in circles where box.reaches(circle) {
                found.append("\(box.what) covers \(circle.what)")
            }
        }
        return found
    }

    // MARK: SVG

    /// DejaVu Serif's advances in em: the widest of the serif fonts the HTML style sheet names.
    static let dejaVuSerif: [Character: Double] = {
        var widths: [Character: Double] = [
            ".": 0.318, "−": 0.838, "=": 0.838, " ": 0.318, "\u{A0}": 0.318, ",": 0.318, "w": 0.856,
            "b": 0.640, "h": 0.644, "o": 0.602, "i": 0.320, "n": 0.644, "a": 0.596, "f": 0.370,
        ]
        for digit in "0123456789" { widths[digit] = 0.636 }
        return widths
    }()

    /// The SVG picture's label boxes (with the width of their text in DejaVu Serif), bias boxes,
    /// headings and neurons.
    static func svg(_ svg: String) -> (boxes: PictureBoxes, texts: [(box: Box, textWidth: Double, centre: (Double, Double))]) {
        var picture = PictureBoxes()
        var texts: [(Box, Double, (Double, Double))] = []
        for circle in matches(#"<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)" class="neuron"/>"#, in: svg) {
            let numbers = circle.dropFirst().map { Double($0)! }
            // The outline is 1.5 px wide, half of it outside the radius.
            picture.circles.append(Circle(what: "neuron at \(numbers[0]),\(numbers[1])", x: numbers[0], y: numbers[1], radius: numbers[2] + 0.75))
        }
        let rect = #"<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"(?: rx="4")? class="(label-box|bias)"/>\n<text class="[a-z-]+" x="([-\d.]+)" y="([-\d.]+)"[^>]*>(.*?)</text>"#
        for found in matches(rect, in: svg) {
            let numbers = [1, 2, 3, 4, 6, 7].map { Double(found[$0])! }
            let content = found[8]
            let box = Box(what: plain(content), minX: numbers[0], minY: numbers[1], maxX: numbers[0] + numbers[2], maxY: numbers[1] + numbers[3])
            picture.boxes.append(box)
            texts.append((box, textWidth(content, size: 11), (numbers[4], numbers[5])))
        }
        for heading in matches(#"<text class="heading" x="([-\d.]+)" y="([-\d.]+)"[^>]*>(.*?)</text>"#, in: svg) {
            let x = Double(heading[1])!, y = Double(heading[2])!
            // 13 px italic, no character wider than 0.72 em on average.
            let half = Double(heading[3].count) * 13 * 0.72 / 2
            picture.boxes.append(Box(what: heading[3], minX: x - half, minY: y - 8, maxX: x + half, maxY: y + 8))
        }
        return (picture, texts)
    }

    /// The width of an SVG label's text at `size` px, its `75%` tspans smaller.
    static func textWidth(_ content: String, size: Double) -> Double {
        var width = 0.0, scale = 1.0, inTag = false, tag = ""
        for character in content {
            if character == "<" {
                inTag = true
                tag = ""
            } else if character == ">" {
                inTag = false
                scale = tag.contains("75%") ? 0.75 : 1
            } else if inTag {
                tag.append(character)
            } else {
                width += (dejaVuSerif[character] ?? 1) * size * scale
            }
        }
        return width
    }

    // MARK: TikZ

    /// The TikZ picture's label and bias boxes (named after their terms), headings and neurons,
    /// from the sizes the styles of ``TikZDiagram`` fix: a tag is 6 + 2.6 pt of text plus 1.5 pt
    /// around, a bias box 2.5 pt above and below; neurons are 9 mm circles with a 0.8 pt line.
    static func tikz(_ tikz: String) -> PictureBoxes {
        var picture = PictureBoxes()
        for node in matches(#"\\node\[neuron\] \(([^)]+)\) at \(([-\d.]+), ([-\d.]+)\)"#, in: tikz) {
            picture.circles.append(Circle(what: node[1], x: Double(node[2])!, y: Double(node[3])!, radius: 12.8 + 0.4))
        }
        for node in matches(#"\\node\[(tag|bias), minimum width=([\d.]+)pt\] \(([^)]+)\) at \(([-\d.]+), ([-\d.]+)\)"#, in: tikz) {
            let width = Double(node[2])!, height = node[1] == "tag" ? 11.6 : 13.6
            let x = Double(node[4])!, y = Double(node[5])!
            picture.boxes.append(Box(what: node[3], minX: x - width / 2, minY: y - height / 2, maxX: x + width / 2, maxY: y + height / 2))
        }
        for node in matches(#"\\node\[heading\] at \(([-\d.]+), ([-\d.]+)\) \{([^}]*)\}"#, in: tikz) {
            let x = Double(node[1])!, y = Double(node[2])!, half = Double(node[3].count) * 5.5 / 2
            picture.boxes.append(Box(what: node[3], minX: x - half, minY: y - 8, maxX: x + half, maxY: y + 8))
        }
        return picture
    }

    /// Every match of `pattern` in `text`, as the whole match and its groups ("" for a group
    /// that took no part).
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = compiled.withLock { cache in
            if let known = cache[pattern] { return known }
            let new = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            cache[pattern] = new
            return new
        }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { group in
                Range(match.range(at: group), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    private static let compiled = Mutex<[String: NSRegularExpression]>([:])

    /// An SVG label's text without its tags.
    static func plain(_ content: String) -> String {
        content.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }
}
