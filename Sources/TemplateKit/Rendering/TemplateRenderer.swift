/// Walks a template's nodes and hands the output to a sink in chunks, within the limits.
///
/// Variables resolve innermost first: loop variables, then `loop`, then the context.
/// The recursion over nested blocks and includes is bounded: parsing stops blocks nesting deeper
/// than `TemplateLimits.nestingDepth` in one template, and includes nest at most
/// `TemplateLimits.includeDepth` deep.
struct TemplateRenderer<Sink: TemplateSink> {
    /// Output is passed on once this much is buffered.
    private static var chunkSize: Int { 1 << 16 }

    private(set) var sink: Sink
    private var buffer: [UInt8] = []
    /// Bytes already handed to the sink.
    private var written = 0
    private var steps = 0
    private let context: [String: TemplateValue]
    private let escaping: Escaping
    private let limits: TemplateLimits
    /// Where `{% include %}` finds templates; nil when rendering a lone template.
    private(set) var library: TemplateLibrary?
    private var frames: [LoopFrame] = []
    /// The index in `frames` of the innermost loop over each variable, so that a lookup costs
    /// the same however deep loops nest.
    private var innermostFrame: [String: Int] = [:]
    private var includeDepth = 0

    init(
        context: [String: TemplateValue],
        escaping: Escaping,
        limits: TemplateLimits,
        library: TemplateLibrary?,
        sink: Sink
    ) {
        self.context = context
        self.escaping = escaping
        self.limits = limits
        self.library = library
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize + Self.chunkSize / 4)
    }

    /// Renders `template` and passes all of its output to the sink.
    mutating func render(_ template: Template) throws {
        try render(template.nodes, file: template.sourceName)
        try flush()
    }

    private mutating func render(_ nodes: [TemplateNode], file: String) throws {
        for node in nodes {
            switch node {
            case .text(let text, let location):
                try step(at: location, file: file)
                buffer.append(contentsOf: text)
                try wrote(at: location, file: file)
            case .variable(let path, let location):
                try step(at: location, file: file)
                try print(path, at: location, file: file)
                try wrote(at: location, file: file)
            case .loop(let variable, let sequence, let body, let location):
                try step(at: location, file: file)
                try loop(variable, over: sequence, body: body, at: location, file: file)
            case .conditional(let branches, let otherwise, let location):
                try step(at: location, file: file)
                var taken = otherwise
                for branch in branches {
                    if try holds(branch.condition, at: branch.location, file: file) {
                        taken = branch.body
                        break
                    }
                }
                try render(taken, file: file)
            case .include(let name, let location):
                try step(at: location, file: file)
                try include(name, at: location, file: file)
            }
        }
    }

    private mutating func loop(
        _ variable: String,
        over sequence: VariablePath,
        body: [TemplateNode],
        at location: SourceLocation,
        file: String
    ) throws {
        guard let value = resolve(sequence) else {
            throw TemplateError(file: file, location: location,
                                kind: .unknownVariable(path: sequence.text))
        }
        guard let items = ListItems(value) else {
            throw TemplateError(file: file, location: location, kind: .notIterable(
                path: sequence.text, kind: value.kindDescription
            ))
        }
        let shadowed = innermostFrame[variable]
        innermostFrame[variable] = frames.count
        frames.append(LoopFrame(variable: variable, count: items.count,
                                item: .bool(false), index: 0))
        defer {
            frames.removeLast()
            innermostFrame[variable] = shadowed
        }
        for offset in 0..<items.count {
            try step(at: location, file: file, count: items.stepsPerItem)
            frames[frames.count - 1].item = try items.item(at: offset)
            frames[frames.count - 1].index = offset + 1
            try render(body, file: file)
        }
    }

    /// Counts `count` steps of work, failing past `limits.steps`.
    private mutating func step(
        at location: SourceLocation, file: String, count: Int = 1
    ) throws(TemplateError) {
        steps += min(count, limits.steps)
        guard steps <= limits.steps else {
            throw TemplateError(file: file, location: location,
                                kind: .tooManySteps(limit: limits.steps))
        }
    }

    /// Checks the output size after the piece at `location` was appended, and passes a full
    /// chunk on to the sink.
    private mutating func wrote(at location: SourceLocation, file: String) throws {
        guard written + buffer.count <= limits.outputBytes else {
            throw TemplateError(file: file, location: location,
                                kind: .outputTooLarge(limit: limits.outputBytes))
        }
        if buffer.count >= Self.chunkSize {
            try flush()
        }
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink.write(buffer)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
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
            escaping.append(text, to: &buffer)
        case .raw(let text):
            buffer.append(contentsOf: text.utf8)
        case .bool(let flag):
            buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .lazyList, .object:
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
        if let index = innermostFrame[segments[0]] {
            value = frames[index].item
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
    ) throws {
        guard includeDepth < limits.includeDepth else {
            throw TemplateError(file: file, location: location, kind: .includeTooDeep(
                name: name, limit: limits.includeDepth
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
