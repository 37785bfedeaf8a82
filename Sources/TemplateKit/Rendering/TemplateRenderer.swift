/// Walks a template's nodes and appends the output to one growing UTF-8 buffer.
///
/// Variables resolve innermost first: loop variables, then `loop`, then the context.
struct TemplateRenderer {
    private var bytes: [UInt8] = []
    private let context: [String: TemplateValue]
    private let escaping: Escaping
    /// Where `{% include %}` finds templates; nil when rendering a lone template.
    private(set) var library: TemplateLibrary?
    private var frames: [LoopFrame] = []
    private var includeDepth = 0

    init(context: [String: TemplateValue], escaping: Escaping, library: TemplateLibrary?) {
        self.context = context
        self.escaping = escaping
        self.library = library
        bytes.reserveCapacity(1 << 16)
    }

    /// The output rendered so far.
    var output: String {
        String(decoding: bytes, as: UTF8.self)
    }

    mutating func render(_ template: Template) throws(TemplateError) {
        try render(template.nodes, file: template.sourceName)
    }

    private mutating func render(_ nodes: [TemplateNode], file: String) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                bytes.append(contentsOf: text)
            case .variable(let path, let location):
                try print(path, at: location, file: file)
            case .loop(let variable, let sequence, let body, let location):
                guard let value = resolve(sequence) else {
                    throw TemplateError(file: file, location: location,
                                        kind: .unknownVariable(path: sequence.text))
                }
                guard case .list(let items) = value else {
                    throw TemplateError(file: file, location: location, kind: .notIterable(
                        path: sequence.text, kind: value.kindDescription
                    ))
                }
                frames.append(LoopFrame(variable: variable, count: items.count,
                                        item: .bool(false), index: 0))
                for (offset, item) in items.enumerated() {
                    frames[frames.count - 1].item = item
                    frames[frames.count - 1].index = offset + 1
                    try render(body, file: file)
                }
                frames.removeLast()
            case .conditional(let branches, let otherwise):
                var taken = otherwise
                for branch in branches {
                    if try holds(branch.condition, at: branch.location, file: file) {
                        taken = branch.body
                        break
                    }
                }
                try render(taken, file: file)
            case .include(let name, let location):
                try include(name, at: location, file: file)
            }
        }
    }

    private mutating func print(
        _ path: VariablePath,
        at location: SourceLocation,
        file: String
    ) throws(TemplateError) {
        guard let value = resolve(path) else {
            throw TemplateError(file: file, location: location,
                                kind: .unknownVariable(path: path.text))
        }
        switch value {
        case .text(let text):
            escaping.append(text, to: &bytes)
        case .raw(let text):
            bytes.append(contentsOf: text.utf8)
        case .bool(let flag):
            bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object:
            throw TemplateError(file: file, location: location,
                                kind: .notPrintable(path: path.text, kind: value.kindDescription))
        }
    }

    private func holds(
        _ condition: Condition,
        at location: SourceLocation,
        file: String
    ) throws(TemplateError) -> Bool {
        let value = resolve(condition.path)
        let result: Bool
        if condition.testsDefinition {
            result = value != nil
        } else if let value {
            result = value.isTruthy
        } else {
            throw TemplateError(file: file, location: location,
                                kind: .unknownVariable(path: condition.path.text))
        }
        return result != condition.isNegated
    }

    /// The value at `path`, or nil if any segment is missing or not an object member.
    private func resolve(_ path: VariablePath) -> TemplateValue? {
        let segments = path.segments
        var value: TemplateValue
        if let frame = frames.last(where: { $0.variable == segments[0] }) {
            value = frame.item
        } else if segments[0] == "loop", !frames.isEmpty {
            return resolveLoop(segments.dropFirst())
        } else if let member = context[segments[0]] {
            value = member
        } else {
            return nil
        }
        for segment in segments.dropFirst() {
            guard case .object(let members) = value, let member = members[segment] else {
                return nil
            }
            value = member
        }
        return value
    }

    private func resolveLoop(_ segments: ArraySlice<String>) -> TemplateValue? {
        var frameIndex = frames.count - 1
        var rest = segments
        while rest.first == "parent" {
            frameIndex -= 1
            rest = rest.dropFirst()
            guard frameIndex >= 0 else { return nil }
        }
        guard let member = rest.first else { return frames[frameIndex].object }
        guard rest.count == 1 else { return nil }
        return frames[frameIndex].member(member)
    }

    private mutating func include(
        _ name: String,
        at location: SourceLocation,
        file: String
    ) throws(TemplateError) {
        guard includeDepth < Template.maximumIncludeDepth else {
            throw TemplateError(file: file, location: location, kind: .includeTooDeep(
                name: name, limit: Template.maximumIncludeDepth
            ))
        }
        guard var library else {
            throw TemplateError(file: file, location: location, kind: .unknownTemplate(name: name))
        }
        // Moved out while loading so the cache is not copied on write.
        self.library = nil
        let loaded: Result<Template, TemplateLoadError>
        do {
            loaded = .success(try library.loadTemplate(named: name))
        } catch {
            loaded = .failure(error)
        }
        self.library = library
        let template: Template
        switch loaded {
        case .success(let found):
            template = found
        case .failure(.template(let error)):
            throw error
        case .failure(.library(.unknownTemplate)), .failure(.library(.invalidName)):
            throw TemplateError(file: file, location: location, kind: .unknownTemplate(name: name))
        case .failure(.library(let error)):
            throw TemplateError(file: file, location: location, kind: .includeFailed(
                name: name, reason: error.description
            ))
        }
        includeDepth += 1
        try render(template.nodes, file: template.sourceName)
        includeDepth -= 1
    }
}
