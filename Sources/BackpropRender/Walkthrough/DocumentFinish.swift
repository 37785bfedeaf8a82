import TemplateKit

/// The last pass over a rendered document, made while it streams to its destination.
package enum DocumentFinish: Sendable {
    /// The document as rendered.
    case none
    /// Every non-ASCII character spelled out (``ASCIIText``): `--ascii`.
    case asciiFold
    /// Inline MathML kept on one line with the punctuation touching it (``MathMLLineBreaks``).
    case mathMLGlue
    /// Text for a terminal: folded to ASCII when `ascii`, then fitted to `width` columns
    /// (``TextLayout/wrap(_:width:)``).
    case textLayout(ascii: Bool, width: Int)

    /// `text`, a whole document, finished.
    package func apply(_ text: String) -> String {
        switch self {
        case .none: return text
        case .asciiFold: return ASCIIText.fold(text)
        case .mathMLGlue: return MathMLLineBreaks.glue(text)
        case let .textLayout(ascii, width): return TextLayout.wrap(ascii ? ASCIIText.fold(text) : text, width: width)
        }
    }
}

/// A sink that finishes what is written to it (``DocumentFinish``) and passes it on to `base`.
///
/// Call ``end()`` after the last write: the finishing may hold back a few bytes until it knows
/// what follows them.
package struct FinishingSink<Base: TemplateSink>: TemplateSink {
    private enum State {
        case none
        case asciiFold(ASCIIText.Stream)
        case mathMLGlue(MathMLLineBreaks.Stream)
        case textLayout(ASCIIText.Stream?, TextLayout.Stream)
    }

    /// Where the finished output goes.
    package private(set) var base: Base
    private var state: State

    /// A sink finishing with `finish` into `base`.
    package init(_ finish: DocumentFinish, into base: Base) {
        self.base = base
        switch finish {
        case .none: state = .none
        case .asciiFold: state = .asciiFold(ASCIIText.Stream())
        case .mathMLGlue: state = .mathMLGlue(MathMLLineBreaks.Stream())
        case let .textLayout(ascii, width):
            state = .textLayout(ascii ? ASCIIText.Stream() : nil, TextLayout.Stream(width: width))
        }
    }

    package mutating func write(_ chunk: [UInt8]) throws {
        let ready: [UInt8]
        switch state {
        case .none:
            ready = chunk
        case var .asciiFold(stream):
            ready = stream.take(chunk)
            state = .asciiFold(stream)
        case var .mathMLGlue(stream):
            ready = stream.take(chunk)
            state = .mathMLGlue(stream)
        case .textLayout(var fold, var wrap):
            ready = wrap.take(fold?.take(chunk) ?? chunk)
            state = .textLayout(fold, wrap)
        }
        if !ready.isEmpty { try base.write(ready) }
    }

    /// Passes on what was held back: the document is complete.
    package mutating func end() throws {
        let rest: [UInt8]
        switch state {
        case .none:
            return
        case var .asciiFold(stream):
            rest = stream.end()
            state = .asciiFold(stream)
        case var .mathMLGlue(stream):
            rest = stream.end()
            state = .mathMLGlue(stream)
        case .textLayout(var fold, var wrap):
            let folded = fold?.end() ?? []
            rest = wrap.take(folded) + wrap.end()
            state = .textLayout(fold, wrap)
        }
        if !rest.isEmpty { try base.write(rest) }
    }
}
