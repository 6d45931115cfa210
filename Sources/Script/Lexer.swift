// The lexer: turns a cell's UTF-8 bytes into tokens.
//
// Contract: it never fails. Malformed input (an unterminated string, a stray byte) becomes
// an `.error` token carrying a message, and lexing carries on, so the parser reports the
// first problem with its place and the highlighter still colours the rest.
//
// Tokens hold byte offsets into the cell; `SourceMap` turns an offset into a Markdown
// line and column only when a diagnostic needs one.
//
// Whitespace matters to Swift's operators, so every token records whether white space
// (or a line break) comes right before and right after it: `a - b` is binary, `-b` prefix,
// `x!` postfix, `a ? b : c` a ternary and `a?.b` optional chaining.

/// What a token is, for the parser.
enum Tok: Equatable {
    case identifier, keyword, int, double, string, op, punct, eof, error
}

/// One piece of a string literal: literal text, or the tokens of an interpolation `\( … )`.
enum StringSegment {
    case text(String)
    case code([Token])
}

/// A token of the lesson language.
struct Token {
    var kind: Tok
    /// The token's text (for strings: the literal as written, quotes included).
    var text: String
    /// Byte offset of the first byte in the cell.
    var offset: Int
    /// Byte offset just past the token.
    var end: Int
    var spaceBefore = false
    var spaceAfter = false
    var newlineBefore = false
    /// For string literals: the pieces, escapes already decoded.
    var segments: [StringSegment] = []
    /// For `.error` tokens: what is wrong.
    var message: String = ""

    func isOp(_ s: String) -> Bool { kind == .op && text == s }
    func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
    func isKeyword(_ s: String) -> Bool { kind == .keyword && text == s }
}

/// Attributes accepted and ignored: they only matter to Swift's type checker.
let ignorableAttributes: Set<String> = ["@escaping", "@discardableResult"]

let swiftKeywords: Set<String> = [
    "let", "var", "func", "class", "struct", "enum", "protocol", "extension", "init", "deinit",
    "self", "Self", "super", "return", "if", "else", "guard", "for", "in", "while", "repeat",
    "switch", "case", "default", "break", "continue", "fallthrough", "true", "false", "nil",
    "import", "as", "is", "where", "static", "private", "fileprivate", "public", "internal",
    "open", "final", "override", "mutating", "nonmutating", "lazy", "weak", "unowned",
    "throws", "throw", "rethrows", "try", "defer", "inout", "typealias", "do",
    "catch", "subscript", "operator", "convenience", "required", "associatedtype",
]

/// Scans one cell. `highlights`, when on, records every token including comments and the
/// pieces of string literals, for the HTML renderer.
final class Lexer {
    let bytes: [UInt8]
    var pos = 0
    /// Tokens for syntax highlighting: (kind, start, end) in byte offsets.
    var highlights: [(TokenKind, Int, Int)]? = nil
    /// True when the last thing skipped before the current token included a line break.
    private var sawNewline = false

    init(_ code: String) {
        bytes = Array(code.utf8)
    }

    /// All tokens of the cell, ending with `.eof`.
    func tokenize() -> [Token] {
        var out: [Token] = []
        while true {
            let t = next()
            out.append(t)
            if t.kind == .eof { break }
        }
        fixSpaceAfter(&out)
        return out
    }

    /// Sets `spaceAfter` from the next token's `spaceBefore`.
    private func fixSpaceAfter(_ tokens: inout [Token]) {
        if tokens.count < 2 { if !tokens.isEmpty { tokens[0].spaceAfter = true }; return }
        for i in 0..<(tokens.count - 1) {
            tokens[i].spaceAfter = tokens[i + 1].spaceBefore || tokens[i + 1].kind == .eof
        }
        tokens[tokens.count - 1].spaceAfter = true
    }

    private func peek(_ k: Int = 0) -> UInt8 {
        let i = pos + k
        return i < bytes.count ? bytes[i] : 0
    }

    private func mark(_ kind: TokenKind, _ start: Int, _ end: Int) {
        if highlights != nil && end > start { highlights!.append((kind, start, end)) }
    }

    /// Skips white space and comments; returns whether anything was skipped.
    private func skipTrivia() -> Bool {
        var skipped = false
        sawNewline = false
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 32 || c == 9 || c == 13 || c == 11 || c == 12 {
                pos += 1; skipped = true
            } else if c == 10 {
                pos += 1; skipped = true; sawNewline = true
            } else if c == 47 && peek(1) == 47 {  // `//`
                let start = pos
                while pos < bytes.count && bytes[pos] != 10 { pos += 1 }
                mark(.comment, start, pos)
                skipped = true
            } else if c == 47 && peek(1) == 42 {  // `/*`, nests as in Swift
                let start = pos
                pos += 2
                var depth = 1
                while pos < bytes.count && depth > 0 {
                    if bytes[pos] == 47 && peek(1) == 42 { depth += 1; pos += 2 }
                    else if bytes[pos] == 42 && peek(1) == 47 { depth -= 1; pos += 2 }
                    else { if bytes[pos] == 10 { sawNewline = true }; pos += 1 }
                }
                mark(.comment, start, pos)
                skipped = true
                if depth > 0 { unterminatedComment = start }
            } else {
                break
            }
        }
        return skipped
    }

    private var unterminatedComment: Int? = nil

    private func text(_ a: Int, _ b: Int) -> String {
        String(decoding: bytes[a..<b], as: UTF8.self)
    }

    /// The length in bytes of a Unicode operator character at `i` (`•`, `×`, `∘`, `⊗`…, the
    /// ranges Swift's grammar lists for operator heads), or 0.
    private func unicodeOperatorLength(at i: Int) -> Int {
        let b0 = bytes[i]
        let n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard n > 1, i + n <= bytes.count else { return 0 }
        guard let u = String(decoding: bytes[i..<(i + n)], as: UTF8.self).unicodeScalars.first?.value else { return 0 }
        return Lexer.operatorScalars.contains { $0.contains(u) } ? n : 0
    }

    /// Unicode scalars Swift accepts as operator characters.
    static let operatorScalars: [ClosedRange<UInt32>] = [
        0xA1...0xA7, 0xA9...0xA9, 0xAB...0xAC, 0xAE...0xAE, 0xB0...0xB1, 0xB6...0xB6, 0xBB...0xBB, 0xBF...0xBF,
        0xD7...0xD7, 0xF7...0xF7, 0x2016...0x2017, 0x2020...0x2027, 0x2030...0x203E, 0x2041...0x2053,
        0x2055...0x205E, 0x2190...0x23FF, 0x2500...0x2775, 0x2794...0x2BFF, 0x2E00...0x2E7F, 0x3001...0x3003,
        0x3008...0x3020, 0x3030...0x3030,
    ]

    static func isIdentStart(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || c >= 0x80
    }
    static func isIdentChar(_ c: UInt8) -> Bool { isIdentStart(c) || (c >= 48 && c <= 57) }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    static func isOpChar(_ c: UInt8) -> Bool {
        switch c {
        case 47, 61, 45, 43, 33, 42, 37, 60, 62, 38, 124, 94, 126, 63: return true  // / = - + ! * % < > & | ^ ~ ?
        default: return false
        }
    }

    /// The next token.
    func next() -> Token {
        let space = skipTrivia() || pos == 0
        let newline = sawNewline || pos == 0
        if let start = unterminatedComment {
            unterminatedComment = nil
            var t = Token(kind: .error, text: "/*", offset: start, end: pos)
            t.message = "unterminated '/*' comment"
            t.spaceBefore = space
            return t
        }
        var t = scan()
        t.spaceBefore = space
        t.newlineBefore = newline
        return t
    }

    private func scan() -> Token {
        let start = pos
        guard pos < bytes.count else { return Token(kind: .eof, text: "", offset: pos, end: pos) }
        let c = bytes[pos]
        if c >= 0x80, unicodeOperatorLength(at: pos) > 0 { return operatorToken() }
        if Lexer.isIdentStart(c) { return identifierOrKeyword() }
        if c == 96 { return backtickIdentifier() }
        if c == 36 {  // $0, $1
            pos += 1
            while pos < bytes.count && Lexer.isIdentChar(bytes[pos]) { pos += 1 }
            mark(.identifier, start, pos)
            return Token(kind: .identifier, text: text(start, pos), offset: start, end: pos)
        }
        if Lexer.isDigit(c) { return number() }
        if c == 34 { return string() }
        if c == 35 {  // `#` : raw strings are not supported; directives neither
            pos += 1
            while pos < bytes.count && Lexer.isIdentChar(bytes[pos]) { pos += 1 }
            mark(.keyword, start, pos)
            var t = Token(kind: .error, text: text(start, pos), offset: start, end: pos)
            t.message = "'#' directives and raw strings are not supported in lessons"
            return t
        }
        if c == 64 { return attribute() }
        if c == 46 { return dot() }
        if Lexer.isOpChar(c) { return operatorToken() }
        return punctuation()
    }

    private func identifierOrKeyword() -> Token {
        let start = pos
        let c = bytes[pos]
        while pos < bytes.count && Lexer.isIdentChar(bytes[pos]) { pos += 1 }
        let s = text(start, pos)
        if swiftKeywords.contains(s) {
            mark(.keyword, start, pos)
            return Token(kind: .keyword, text: s, offset: start, end: pos)
        }
        mark(c >= 65 && c <= 90 ? .typeName : .identifier, start, pos)
        return Token(kind: .identifier, text: s, offset: start, end: pos)
    }

    /// `name` in backticks.
    private func backtickIdentifier() -> Token {
        let start = pos
        pos += 1
        let s0 = pos
        while pos < bytes.count && Lexer.isIdentChar(bytes[pos]) { pos += 1 }
        let s = text(s0, pos)
        if peek() == 96 { pos += 1 }
        mark(.identifier, start, pos)
        return Token(kind: .identifier, text: s, offset: start, end: pos)
    }

    /// `@attribute`: those that change nothing in the subset are skipped, so valid Swift
    /// (`_ f: @escaping (Int) -> Int`) stays valid here; others are an error.
    private func attribute() -> Token {
        let start = pos
        pos += 1
        while pos < bytes.count && Lexer.isIdentChar(bytes[pos]) { pos += 1 }
        mark(.attribute, start, pos)
        if ignorableAttributes.contains(text(start, pos)) {
            var t = next()
            t.spaceBefore = true
            return t
        }
        var t = Token(kind: .error, text: text(start, pos), offset: start, end: pos)
        t.message = "attributes such as '\(text(start, pos))' are not supported in lessons"
        return t
    }

    /// `.`: a dot operator (`...`, `..<`, `.==`) or member access.
    private func dot() -> Token {
        let start = pos
        let n = peek(1)
        if n == 46 || (Lexer.isOpChar(n) && n != 63 && n != 33) {
            pos += 1
            while pos < bytes.count && (bytes[pos] == 46 || Lexer.isOpChar(bytes[pos])) { pos += 1 }
            mark(.operator, start, pos)
            return Token(kind: .op, text: text(start, pos), offset: start, end: pos)
        }
        pos += 1
        mark(.punctuation, start, pos)
        return Token(kind: .punct, text: ".", offset: start, end: pos)
    }

    private func operatorToken() -> Token {
        let start = pos
        let c = bytes[pos]
        // `?` and `!` directly after an operand are postfix and stand alone (`x!`, `a?.b`).
        if (c == 63 || c == 33) && start > 0 && !isSpace(bytes[start - 1]) && !(c == 33 && peek(1) == 61) {
            pos += 1
            if c == 63 && peek() == 63 { pos += 1 }  // `??` stays whole
            mark(.operator, start, pos)
            return Token(kind: .op, text: text(start, pos), offset: start, end: pos)
        }
        while pos < bytes.count {
            if Lexer.isOpChar(bytes[pos]) {
                // stop before a comment
                if bytes[pos] == 47 && (peek(1) == 47 || peek(1) == 42) && pos > start { break }
                pos += 1
            } else if bytes[pos] >= 0x80, case let n = unicodeOperatorLength(at: pos), n > 0 {
                pos += n
            } else {
                break
            }
        }
        let s = text(start, pos)
        mark(s == "=" || s == "->" ? .punctuation : .operator, start, pos)
        return Token(kind: .op, text: s, offset: start, end: pos)
    }

    /// `( ) { } [ ] , : ;`, or an unexpected character.
    private func punctuation() -> Token {
        let start = pos
        switch bytes[pos] {
        case 40, 41, 123, 125, 91, 93, 44, 58, 59:
            pos += 1
            mark(.punctuation, start, pos)
            return Token(kind: .punct, text: text(start, pos), offset: start, end: pos)
        case 92 where pos + 1 < bytes.count && bytes[pos + 1] == 46:
            // `\.x`: a key path.
            pos += 1
            mark(.punctuation, start, pos)
            return Token(kind: .punct, text: "\\", offset: start, end: pos)
        default:
            // Skip one whole UTF-8 sequence so the error names a character, not a byte.
            pos += 1
            while pos < bytes.count && (bytes[pos] & 0xC0) == 0x80 { pos += 1 }
            mark(.unknown, start, pos)
            let s = text(start, pos)
            var t = Token(kind: .error, text: s, offset: start, end: pos)
            t.message = "unexpected character '\(s)' in source"
            return t
        }
    }

    private func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 9 || c == 13 || c == 40 || c == 91 || c == 44 }

    private func number() -> Token {
        let start = pos
        var isDouble = false
        if bytes[pos] == 48 && (peek(1) == 120 || peek(1) == 98 || peek(1) == 111) {  // 0x 0b 0o
            pos += 2
            while pos < bytes.count && (Lexer.isIdentChar(bytes[pos])) { pos += 1 }
        } else {
            while pos < bytes.count && (Lexer.isDigit(bytes[pos]) || bytes[pos] == 95) { pos += 1 }
            if peek() == 46 && Lexer.isDigit(peek(1)) {
                isDouble = true
                pos += 1
                while pos < bytes.count && (Lexer.isDigit(bytes[pos]) || bytes[pos] == 95) { pos += 1 }
            }
            if peek() == 101 || peek() == 69 {  // e E
                let save = pos
                pos += 1
                if peek() == 43 || peek() == 45 { pos += 1 }
                if Lexer.isDigit(peek()) {
                    isDouble = true
                    while pos < bytes.count && Lexer.isDigit(bytes[pos]) { pos += 1 }
                } else {
                    pos = save
                }
            }
            // `12abc` is one malformed token in Swift
            if pos < bytes.count && Lexer.isIdentStart(bytes[pos]) {
                while pos < bytes.count && Lexer.isIdentChar(bytes[pos]) { pos += 1 }
                mark(.number, start, pos)
                var t = Token(kind: .error, text: text(start, pos), offset: start, end: pos)
                t.message = "'\(text(start, pos))' is not a valid number"
                return t
            }
        }
        mark(.number, start, pos)
        return Token(kind: isDouble ? .double : .int, text: text(start, pos), offset: start, end: pos)
    }

    /// A string literal: `"…"` or `"""…"""`, with escapes and interpolations.
    private func string() -> Token {
        let start = pos
        let multiline = peek(1) == 34 && peek(2) == 34
        pos += multiline ? 3 : 1
        var segments: [StringSegment] = []
        var buf: [UInt8] = []
        var pieceStart = start
        var error: String? = nil
        func flush() {
            segments.append(.text(String(decoding: buf, as: UTF8.self)))
            buf.removeAll()
        }
        loop: while true {
            guard pos < bytes.count else {
                error = multiline ? "unterminated multi-line string literal" : "unterminated string literal"
                break
            }
            let c = bytes[pos]
            if c == 34 {
                if !multiline { pos += 1; break loop }
                if peek(1) == 34 && peek(2) == 34 { pos += 3; break loop }
                buf.append(c); pos += 1; continue
            }
            if c == 10 && !multiline {
                error = "unterminated string literal"
                break
            }
            if c == 92 {  // backslash
                let n = peek(1)
                switch n {
                case 110: buf.append(10); pos += 2
                case 116: buf.append(9); pos += 2
                case 114: buf.append(13); pos += 2
                case 48: buf.append(0); pos += 2
                case 92, 34, 39: buf.append(n); pos += 2
                case 10 where multiline:  // line continuation
                    pos += 2
                case 117:  // \u{…}
                    pos += 2
                    unicodeEscape(into: &buf, error: &error)
                case 40:  // \( interpolation )
                    mark(.string, pieceStart, pos)
                    mark(.punctuation, pos, pos + 2)
                    pos += 2
                    flush()
                    segments.append(.code(interpolation(multiline: multiline, error: &error)))
                    if error != nil { break loop }
                    mark(.punctuation, pos - 1, pos)
                    pieceStart = pos
                default:
                    if error == nil { error = "invalid escape sequence in literal" }
                    // A backslash that ends the input has nothing after it to skip.
                    pos = min(pos + 2, bytes.count)
                }
                continue
            }
            buf.append(c)
            pos += 1
        }
        // An escape at the very end (`"\`) stepped past the last byte (found by the fuzzers).
        pos = min(pos, bytes.count)
        flush()
        mark(.string, pieceStart, pos)
        if multiline { segments = Lexer.dedent(segments) }
        var t = Token(kind: error == nil ? .string : .error, text: text(start, pos), offset: start, end: pos)
        t.segments = segments
        if let error { t.message = error }
        return t
    }

    /// `\u{…}` after its `\u`: the scalar's UTF-8 bytes, or the error swiftc gives.
    private func unicodeEscape(into buf: inout [UInt8], error: inout String?) {
        guard peek() == 123 else {
            if error == nil { error = "expected hexadecimal code in braces after unicode escape" }
            return
        }
        pos += 1
        let h0 = pos
        while pos < bytes.count && bytes[pos] != 125 && bytes[pos] != 34 && bytes[pos] != 10 { pos += 1 }
        let hex = text(h0, pos)
        if peek() == 125 { pos += 1 }
        if let v = UInt32(hex, radix: 16), let sc = Unicode.Scalar(v) {
            buf.append(contentsOf: Array(String(Character(sc)).utf8))
        } else if error == nil {
            error = "invalid unicode scalar '\\u{\(hex)}'"
        }
    }

    /// The tokens of `\( … )` after its `\(`, up to the matching `)`, ending in an eof token.
    private func interpolation(multiline: Bool, error: inout String?) -> [Token] {
        var inner: [Token] = []
        var depth = 0
        while true {
            // A single-line string's interpolation may not span lines.
            let save = pos
            let t = next()
            if t.kind == .eof || (!multiline && t.newlineBefore) {
                if t.kind != .eof { pos = save }
                error = error ?? "unterminated string interpolation"
                break
            }
            if t.isPunct("(") { depth += 1 }
            if t.isPunct(")") {
                if depth == 0 { break }
                depth -= 1
            }
            inner.append(t)
        }
        var eof = Token(kind: .eof, text: "", offset: pos, end: pos)
        eof.spaceBefore = true
        inner.append(eof)
        fixSpaceAfter(&inner)
        return inner
    }

    /// Multi-line strings: drop the line break after the opening `"""` and the one before
    /// the closing `"""`, and remove the closing delimiter's indentation from every line.
    static func dedent(_ segments: [StringSegment]) -> [StringSegment] {
        var segs = segments
        guard case .text(let first)? = segs.first, case .text(let last)? = segs.last else { return segs }
        // Indentation = the white space after the last line break of the final piece.
        var indent = ""
        if let nl = last.lastIndex(of: "\n") {
            let tail = last[last.index(after: nl)...]
            if tail.allSatisfy({ $0 == " " || $0 == "\t" }) { indent = String(tail) }
        }
        var f = first
        // "\r\n" is one Character (removing two trapped on a lone CRLF; found by the fuzzer).
        if f.hasPrefix("\n") || f.hasPrefix("\r\n") { f.removeFirst() }
        segs[0] = .text(f)
        if case .text(var l) = segs[segs.count - 1] {
            if let nl = l.lastIndex(of: "\n"), l[l.index(after: nl)...].allSatisfy({ $0 == " " || $0 == "\t" }) {
                l = String(l[..<nl])
            }
            segs[segs.count - 1] = .text(l)
        }
        if indent.isEmpty { return segs }
        var atLineStart = true
        for i in segs.indices {
            if case .text(let s) = segs[i] {
                var out = ""
                var rest = Substring(s)
                while true {
                    if atLineStart && rest.hasPrefix(indent) { rest = rest.dropFirst(indent.count) }
                    if let nl = rest.firstIndex(of: "\n") {
                        out += rest[...nl]
                        rest = rest[rest.index(after: nl)...]
                        atLineStart = true
                    } else {
                        out += rest
                        atLineStart = rest.isEmpty ? atLineStart : false
                        break
                    }
                }
                segs[i] = .text(out)
            } else {
                atLineStart = false
            }
        }
        return segs
    }
}

/// Byte offsets to Markdown lines and columns, and the text of a line, for diagnostics.
struct SourceMap {
    let source: CellSource
    let bytes: [UInt8]
    /// Byte offset where each line of the cell starts.
    let lineStarts: [Int]

    init(_ source: CellSource) {
        self.source = source
        bytes = Array(source.code.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { starts.append(i + 1) }
        lineStarts = starts
    }

    /// 0-based line within the cell.
    func lineIndex(_ offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    func lineText(_ index: Int) -> String {
        let a = lineStarts[index]
        var b = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        if b > a && b <= bytes.count && b - 1 < bytes.count && bytes[b - 1] == 10 { b -= 1 }
        if b > a && bytes[b - 1] == 13 { b -= 1 }
        let s = String(decoding: bytes[a..<max(a, b)], as: UTF8.self)
        // Very long lines are cut so a diagnostic stays readable.
        return s.count > 400 ? String(s.prefix(400)) + "…" : s
    }

    /// The Markdown location of a byte offset (columns count characters, 1-based).
    func location(_ offset: Int) -> SourceLocation {
        let off = min(max(0, offset), bytes.count)
        let li = lineIndex(off)
        let col = String(decoding: bytes[lineStarts[li]..<off], as: UTF8.self).count + 1
        return SourceLocation(line: source.firstLine + li, column: col + source.columnOffset)
    }

    /// A diagnostic at a byte offset.
    func diagnostic(_ message: String, at offset: Int) -> Diagnostic {
        let off = min(max(0, offset), bytes.count)
        let li = lineIndex(off)
        let indent = String(repeating: " ", count: source.columnOffset)
        return Diagnostic(.error, message, file: source.file, location: location(off),
                          sourceLine: indent + lineText(li))
    }
}
