/// The state of one running `{% for %}`: its variable, the current item and position.
struct LoopFrame {
    let variable: String
    let count: Int
    var item: TemplateValue
    /// 1-based position of `item`.
    var index: Int

    /// `loop.<member>` for this frame, or nil if `member` is not one of the loop members
    /// (`parent` is resolved by the renderer, which knows the outer frames).
    func member(_ member: String) -> TemplateValue? {
        switch member {
        case "index": .text(String(index))
        case "first": .bool(index == 1)
        case "last": .bool(index == count)
        case "length": .text(String(count))
        default: nil
        }
    }

    /// The bare `loop` as an object, for `{% if defined loop %}` and error messages.
    var object: TemplateValue {
        .object([
            "index": .text(String(index)),
            "first": .bool(index == 1),
            "last": .bool(index == count),
            "length": .text(String(count)),
        ])
    }
}
