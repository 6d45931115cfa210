import CMarkGFM
import Foundation
import CellProtocol

/// Reads lesson files into `LessonDocument`s. The bytes are checked (UTF-8, not binary),
/// parsed once by cmark-gfm with source positions, and cut at line boundaries into prose
/// (the author's exact bytes) and cells, so that concatenating the blocks gives the file back.
///
/// cmark finds the blocks; the raw bytes give their exact text. One cmark quirk is handled
/// here: a fenced block closed by the end of its container (a block quote that stops) is
/// reported as ending one line too late, so a block's last line is worked out from its
/// content instead (see `closingLine`).
public enum LessonParser {
    /// Reads and parses the lesson at `path`. Throws a `Diagnostic` whose one-line headline
    /// names the file when it is missing, a folder, unreadable, binary or not UTF-8.
    public static func read(path: String) throws -> LessonDocument {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Diagnostic(.error, "no such file", file: path)
        }
        if isFolder.boolValue { throw Diagnostic(.error, "is a folder, not a lesson file", file: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, "cannot read the file (permission denied?)", file: path)
        }
        return try parse(bytes: [UInt8](data), path: path)
    }

    /// Parses a lesson's bytes; throws a `Diagnostic` when they are binary or not UTF-8.
    public static func parse(bytes: [UInt8], path: String) throws -> LessonDocument {
        var body = bytes[...]
        let hasBOM = body.starts(with: [0xEF, 0xBB, 0xBF])
        if hasBOM { body = body.dropFirst(3) }
        let lines = SourceLines(Array(body))
        func place(_ index: Int) -> SourceLocation {
            let offset = index - body.startIndex
            let line = lines.line(of: offset)
            return SourceLocation(line: line, column: offset - lines.start(line) + 1)
        }
        if let nul = body.firstIndex(of: 0) {
            throw Diagnostic(.error, "binary file (NUL byte), not a Markdown lesson", file: path, location: place(nul))
        }
        if let bad = firstInvalidUTF8(body) {
            throw Diagnostic(.error, "not UTF-8 text (invalid byte 0x\(String(body[bad], radix: 16, uppercase: true)))",
                             file: path, location: place(bad))
        }
        return parse(source: String(decoding: body, as: UTF8.self), path: path, hasByteOrderMark: hasBOM)
    }

    /// Parses Markdown text that is already decoded (without its byte-order mark).
    public static func parse(source: String, path: String, hasByteOrderMark: Bool = false) -> LessonDocument {
        let lines = SourceLines(Array(source.utf8))
        let nodes = CodeBlockScan(lines.bytes)
        var blocks: [Block] = []
        var warnings: [Diagnostic] = []
        var cursor = 0       // bytes before `cursor` belong to blocks already made
        var cellIndex = 0

        func flushProse(upTo end: Int) {
            guard end > cursor else { return }
            blocks.append(.prose(Prose(text: String(decoding: lines.bytes[cursor..<end], as: UTF8.self),
                                       firstLine: lines.line(of: cursor))))
            cursor = end
        }

        for (i, node) in nodes.blocks.enumerated() where node.fenced && node.language == "swift" {
            let end = nodes.closingLine(of: node, in: lines)
            let range = lines.start(node.startLine)..<lines.end(end.line)
            guard range.lowerBound >= cursor else { continue }   // never overlap: keep it as prose
            flushProse(upTo: range.lowerBound)
            let (options, optionWarnings) = parseOptions(node: node, lines: lines, path: path)
            warnings += optionWarnings
            var cell = Cell(index: cellIndex, code: node.literal, options: options,
                            text: String(decoding: lines.bytes[range], as: UTF8.self), fenceLine: node.startLine,
                            codeLine: node.startLine + 1, columnOffset: node.startColumn - 1, expected: nil)
            cell.byteRange = range
            cell.fence = String(repeating: Character(Unicode.Scalar(node.fenceCharacter)), count: node.fenceLength)
            cell.isClosed = end.closed
            cell.linePrefix = linePrefix(of: node, closingLine: end.closed ? end.line : nil, lines: lines)
            cursor = range.upperBound
            if end.closed, i + 1 < nodes.blocks.count, let output = expectedOutput(
                after: node, next: nodes.blocks[i + 1], from: cursor, scan: nodes, lines: lines) {
                cell.expected = output
                cursor = output.byteRange.upperBound
            }
            blocks.append(.cell(cell))
            cellIndex += 1
        }
        flushProse(upTo: lines.bytes.count)
        var document = LessonDocument(path: path, source: source, hasByteOrderMark: hasByteOrderMark,
                                      blocks: blocks, warnings: warnings)
        // Formulas that cannot be read, references to no label (LessonProse).
        document.warnings += LessonProse(document: document).warnings
        return document
    }

    /// The ```output block `next`, when it is the cell's next sibling and only blank lines
    /// (in the same container) separate them.
    private static func expectedOutput(after cell: CodeBlockScan.Node, next: CodeBlockScan.Node, from cellEnd: Int,
                                       scan: CodeBlockScan, lines: SourceLines) -> ExpectedOutput? {
        guard next.fenced, next.language == "output", next.node == cmark_node_next(cell.node) else { return nil }
        let start = lines.start(next.startLine)
        guard start >= cellEnd else { return nil }
        let gap = lines.bytes[cellEnd..<start]
        guard gap.allSatisfy({ [0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: ">")].contains($0) }) else { return nil }
        let end = scan.closingLine(of: next, in: lines)
        let range = start..<lines.end(end.line)
        return ExpectedOutput(content: next.literal, text: String(decoding: lines.bytes[range], as: UTF8.self),
                              fenceLine: next.startLine, byteRange: range,
                              separator: String(decoding: gap, as: UTF8.self))
    }

    /// What starts each line inside the cell's container: taken from the closing fence
    /// line when there is one, else from the opening line with list markers blanked out.
    private static func linePrefix(of node: CodeBlockScan.Node, closingLine: Int?, lines: SourceLines) -> String {
        if let closingLine {
            let content = lines.bytes[lines.content(closingLine)]
            let prefix = content.prefix { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
            return String(decoding: prefix, as: UTF8.self)
        }
        let content = lines.bytes[lines.content(node.startLine)]
        let prefix = content.prefix(max(0, node.startColumn - 1)).map {
            $0 == UInt8(ascii: ">") || $0 == 0x09 ? $0 : 0x20
        }
        return String(decoding: prefix, as: UTF8.self)
    }

    /// The options after `swift` in the info string (LANGUAGE.md §1); unknown ones are warnings.
    private static func parseOptions(node: CodeBlockScan.Node, lines: SourceLines, path: String)
        -> (CellOptions, [Diagnostic]) {
        var options = CellOptions()
        var warnings: [Diagnostic] = []
        let fenceLine = lines.text(node.startLine)
        for word in CellInfoWords.split(node.info).dropFirst() {
            switch word {
            case "hide": options.hide = true
            case "norun": options.norun = true
            case "expect-error": options.expectError = true
            case "solution": options.solution = true
            case "check":
                // A check is hidden wherever it runs: students never see it.
                options.check = true
                options.hide = true
            default:
                if word.hasPrefix("exercise="), word.count > "exercise=".count {
                    options.exercise = String(word.dropFirst("exercise=".count))
                    continue
                }
                let seconds = word.hasPrefix("timeout=") ? Double(word.dropFirst("timeout=".count)) : nil
                if let seconds, seconds > 0, seconds <= LessonRunner.maximumTimeout {
                    options.timeout = seconds
                    continue
                }
                if let value = CellInfoWords.value(of: "caption", in: word) {
                    options.caption = value
                    continue
                }
                if let value = CellInfoWords.value(of: "label", in: word), CellInfoWords.isLabel(value) {
                    options.label = value
                    continue
                }
                let message: String
                if let seconds, seconds > LessonRunner.maximumTimeout {
                    // Too long (or inf) is still a wish for a long run: clamp, and say so.
                    options.timeout = LessonRunner.maximumTimeout
                    message = "'\(word)' is longer than the longest timeout, \(Int(LessonRunner.maximumTimeout)) s (one day); the cell may run \(Int(LessonRunner.maximumTimeout)) s"
                } else if word.hasPrefix("timeout=") {
                    message = "'\(word)' needs a positive number of seconds, as in timeout=120; the option is ignored"
                } else if word.hasPrefix("label=") {
                    message = "'\(word)' needs a name of letters, digits and - _, as in label=fig-loss; the option is ignored"
                } else {
                    message = "unknown cell option '\(word)' (known: hide, norun, expect-error, timeout=N, solution, check, exercise=NAME, caption=\"…\", label=NAME); it is ignored"
                }
                let column = fenceLine.range(of: String(word)).map {
                    fenceLine.utf8.distance(from: fenceLine.startIndex, to: $0.lowerBound) + 1
                } ?? node.startColumn
                warnings.append(Diagnostic(.warning, message, file: path,
                                           location: SourceLocation(line: node.startLine, column: column),
                                           sourceLine: fenceLine))
            }
        }
        return (options, warnings)
    }

    /// The offset of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// The code blocks of a cmark-gfm parse, in document order, with what the parser needs.
/// Owns the cmark tree until it is released with the scan.
final class CodeBlockScan {
    struct Node {
        let node: OpaquePointer
        let startLine: Int
        let startColumn: Int
        let fenced: Bool
        let fenceLength: Int
        let fenceCharacter: UInt8
        let info: String
        /// The first word of the info string.
        let language: String
        let literal: String
    }

    private let document: OpaquePointer?
    private(set) var blocks: [Node] = []
    /// Lines where some node starts (a closing fence never starts one).
    private var nodeStartLines = Set<Int>()

    init(_ bytes: [UInt8]) {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS)
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                cmark_parser_feed(parser, base.assumingMemoryBound(to: CChar.self), raw.count)
            }
        }
        document = cmark_parser_finish(parser)
        guard let document, let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let line = Int(cmark_node_get_start_line(node))
            if node != document { nodeStartLines.insert(line) }
            guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
            var length: Int32 = 0, offset: Int32 = 0
            var character: CChar = 0
            let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            blocks.append(Node(node: node, startLine: line, startColumn: Int(cmark_node_get_start_column(node)),
                               fenced: fenced, fenceLength: Int(length), fenceCharacter: UInt8(bitPattern: character),
                               info: info, language: language,
                               literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? ""))
        }
    }

    deinit {
        if let document { cmark_node_free(document) }
    }

    /// The last line of a fenced block and whether it is a closing fence. cmark's end line
    /// is one too far when a container's end closes the block, so count the content's lines
    /// (cmark ends every one with "\n") and check the next line is a real closing fence.
    func closingLine(of node: Node, in lines: SourceLines) -> (line: Int, closed: Bool) {
        let contentLines = node.literal.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let last = min(node.startLine + contentLines, max(lines.count, node.startLine))
        let candidate = last + 1
        guard candidate <= lines.count, !nodeStartLines.contains(candidate) else { return (last, false) }
        var rest = lines.bytes[lines.content(candidate)].drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
        let run = rest.prefix { $0 == node.fenceCharacter }.count
        rest = rest.dropFirst(run)
        guard run >= node.fenceLength, rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return (last, false) }
        return (candidate, true)
    }
}
