/// Builds the node tree of a template from its tokens, checking that blocks nest.
struct TemplateParser {
    /// A block tag split into its keyword and the words after it.
    private struct BlockTag {
        let keyword: String
        let arguments: [Substring]
        /// The whole tag content, trimmed, for error messages.
        let text: String
        let location: SourceLocation
    }

    private let bytes: [UInt8]
    private let file: String
    private let tokens: [Token]
    private let nestingLimit: Int
    private var position = 0
    /// How many blocks enclose the tokens being parsed; bounded so parsing (and rendering and
    /// freeing the tree, which recurse as deep) cannot overflow the stack.
    private var depth = 0

    init(bytes: [UInt8], file: String, tokens: [Token], nestingLimit: Int) {
        self.bytes = bytes
        self.file = file
        self.tokens = tokens
        self.nestingLimit = nestingLimit
    }

    /// The nodes of the whole template.
    mutating func parse() throws(TemplateError) -> [TemplateNode] {
        let (nodes, stop) = try parseNodes(insideBlock: false)
        if let stop {
            throw error(stop, .unmatchedTag(keyword: stop.keyword, expected: nil))
        }
        return nodes
    }

    /// Parses nodes up to the end of input or, inside a block, up to a tag that ends or
    /// divides a block (`endfor`, `endif`, `elif`, `else`), which is returned unconsumed by
    /// any node.
    private mutating func parseNodes(
        insideBlock: Bool
    ) throws(TemplateError) -> ([TemplateNode], BlockTag?) {
        var nodes: [TemplateNode] = []
        // Text split only by comments or raw delimiters is joined into one node, in place:
        // joining node by node would copy the text once per piece.
        var pendingText: (bytes: [UInt8], location: SourceLocation)?
        func flushText() {
            if let text = pendingText { nodes.append(.text(text.bytes, text.location)) }
            pendingText = nil
        }
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token.kind {
            case .text:
                if pendingText == nil {
                    pendingText = ([], token.location)
                }
                pendingText?.bytes.append(contentsOf: bytes[token.range])
            case .comment, .rawDelimiter:
                continue
            case .variable:
                flushText()
                let text = Whitespace.trimmedString(token.content, in: bytes)
                guard let path = VariablePath(text) else {
                    throw TemplateError(file: file, location: token.location,
                                        kind: .invalidPath(text))
                }
                nodes.append(.variable(path, token.location))
            case .block:
                flushText()
                let tag = blockTag(token)
                switch tag.keyword {
                case "for":
                    nodes.append(try parseLoop(tag))
                case "if":
                    nodes.append(try parseConditional(tag))
                case "include":
                    nodes.append(try parseInclude(tag))
                case "endfor", "endif", "elif", "else":
                    guard insideBlock else {
                        throw error(tag, .unmatchedTag(keyword: tag.keyword, expected: nil))
                    }
                    return (nodes, tag)
                case "endraw":
                    throw error(tag, .unmatchedTag(keyword: tag.keyword, expected: nil))
                case "":
                    throw error(tag, .malformedTag(tag: "", expected: "KEYWORD ..."))
                default:
                    throw error(tag, .unknownTag(keyword: tag.keyword))
                }
            }
        }
        flushText()
        return (nodes, nil)
    }

    /// Parses the body of the block opened by `tag`, one level deeper.
    private mutating func parseBody(
        of tag: BlockTag
    ) throws(TemplateError) -> ([TemplateNode], BlockTag?) {
        guard depth < nestingLimit else {
            throw error(tag, .nestingTooDeep(keyword: tag.keyword, limit: nestingLimit))
        }
        depth += 1
        defer { depth -= 1 }
        return try parseNodes(insideBlock: true)
    }

    private func blockTag(_ token: Token) -> BlockTag {
        let text = Whitespace.trimmedString(token.content, in: bytes)
        let words = text.split(whereSeparator: \.isWhitespace)
        return BlockTag(
            keyword: words.first.map(String.init) ?? "",
            arguments: Array(words.dropFirst()),
            text: text,
            location: token.location
        )
    }

    private mutating func parseLoop(_ tag: BlockTag) throws(TemplateError) -> TemplateNode {
        let expected = "for NAME in PATH"
        let arguments = tag.arguments
        guard arguments.count == 3, arguments[1] == "in",
              VariablePath.isIdentifier(arguments[0]), arguments[0] != "loop" else {
            throw error(tag, .malformedTag(tag: tag.text, expected: expected))
        }
        let sequence = try path(arguments[2], in: tag)
        let (body, stop) = try parseBody(of: tag)
        guard let stop else {
            throw error(tag, .unclosedBlock(keyword: "for", closer: "endfor"))
        }
        guard stop.keyword == "endfor" else {
            throw error(stop, .unmatchedTag(keyword: stop.keyword, expected: "endfor"))
        }
        try requireNoArguments(stop)
        return .loop(variable: String(arguments[0]), sequence: sequence, body: body, tag.location)
    }

    private mutating func parseConditional(_ tag: BlockTag) throws(TemplateError) -> TemplateNode {
        var branches: [ConditionalBranch] = []
        var branchTag = tag
        var otherwise: [TemplateNode]?
        while true {
            let condition = otherwise == nil ? try self.condition(branchTag) : nil
            let (body, stop) = try parseBody(of: tag)
            if let condition {
                branches.append(ConditionalBranch(
                    condition: condition, location: branchTag.location, body: body
                ))
            } else {
                otherwise = body
            }
            guard let stop else {
                throw error(tag, .unclosedBlock(keyword: "if", closer: "endif"))
            }
            switch stop.keyword {
            case "endif":
                try requireNoArguments(stop)
                return .conditional(
                    branches: branches, otherwise: otherwise ?? [], tag.location
                )
            case "elif", "else":
                guard otherwise == nil else {
                    throw error(stop, .branchAfterElse(keyword: stop.keyword))
                }
                if stop.keyword == "else" {
                    try requireNoArguments(stop)
                    otherwise = []
                }
                branchTag = stop
            default:
                throw error(stop, .unmatchedTag(keyword: stop.keyword, expected: "endif"))
            }
        }
    }

    private func condition(_ tag: BlockTag) throws(TemplateError) -> Condition {
        var words = tag.arguments[...]
        let isNegated = words.first == "not"
        if isNegated { words = words.dropFirst() }
        let testsDefinition = words.first == "defined"
        if testsDefinition { words = words.dropFirst() }
        guard words.count == 1, let word = words.first else {
            let expected = "\(tag.keyword) [not] [defined] PATH"
            throw error(tag, .malformedTag(tag: tag.text, expected: expected))
        }
        return Condition(
            path: try path(word, in: tag), isNegated: isNegated, testsDefinition: testsDefinition
        )
    }

    private func parseInclude(_ tag: BlockTag) throws(TemplateError) -> TemplateNode {
        let argument = tag.text.dropFirst(tag.keyword.count).drop(while: \.isWhitespace)
        let name = argument.dropFirst().dropLast()
        guard argument.count >= 3, argument.first == "\"", argument.last == "\"",
              !name.contains("\"") else {
            throw error(tag, .malformedTag(tag: tag.text, expected: "include \"NAME\""))
        }
        return .include(name: String(name), tag.location)
    }

    private func path(_ word: Substring, in tag: BlockTag) throws(TemplateError) -> VariablePath {
        guard let path = VariablePath(String(word)) else {
            throw error(tag, .invalidPath(String(word)))
        }
        return path
    }

    private func requireNoArguments(_ tag: BlockTag) throws(TemplateError) {
        guard tag.arguments.isEmpty else {
            throw error(tag, .malformedTag(tag: tag.text, expected: tag.keyword))
        }
    }

    private func error(_ tag: BlockTag, _ kind: TemplateError.Kind) -> TemplateError {
        TemplateError(file: file, location: tag.location, kind: kind)
    }
}
