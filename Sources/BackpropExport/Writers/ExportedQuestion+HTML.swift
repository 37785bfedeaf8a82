extension ExportedQuestion {
    /// The problem as HTML: the picture as an `<img>` of `source`, or inline SVG when `source`
    /// is nil; then the instruction on how precisely to answer.
    func problemHTML(pictureAt source: String?) -> String {
        var html = problemHTML.beforePicture + "\n"
        if !picture.isEmpty {
            html += source.map {
                "<p><img src=\"\($0)\" alt=\"the network\" style=\"max-width: 100%\"></p>\n"
            } ?? picture
        }
        return html + problemHTML.afterPicture + "\n<p>\(Markup.escaped(instruction))</p>\n"
    }

    /// The asked values with a heading before the first of each section: `line` writes one
    /// value (with its place among all of them), the heading is an `<h3>`.
    func askedHTML(_ line: (Int, AskedValue) -> String) -> String {
        var html = ""
        var section = ""
        for (index, asked) in asked.enumerated() {
            if asked.section != section {
                section = asked.section
                html += "<h3>\(Markup.escaped(section))</h3>\n"
            }
            html += line(index, asked)
        }
        return html
    }
}
