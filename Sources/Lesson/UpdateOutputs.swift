/// `lesson check --update`: writes cells' new outputs into the lesson's ```output blocks
/// and leaves every other byte of the file as it was (line endings, byte-order mark,
/// trailing spaces, a missing final newline).
///
/// - An existing block gets its content replaced; its fence lines stay as written (a longer
///   fence is made only when the new output holds a line that would close the old one).
/// - A cell that printed something and has no block gets one directly after its closing
///   fence, with the cell's fence character, the file's line ending and the cell's container
///   prefix (`> `, a list item's indentation), so it stays in the same block quote or item.
/// - A cell that now prints nothing keeps its block, emptied: the author asked for the
///   cell's output to be checked, and "prints nothing" is still a result worth checking.
/// - Blocks of cells that failed, were not run or are `norun` are left alone; so is an
///   unterminated cell (a block after it would become part of its code).
public enum LessonUpdater {
    /// The document's source with `outputs` (plain text by cell index) written in.
    public static func updatedSource(_ document: LessonDocument, outputs: [Int: String]) -> String {
        let bytes = Array(document.source.utf8)
        let ending = Array(document.lineEnding.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var cursor = 0
        for cell in document.cells {
            guard let text = outputs[cell.index], !cell.options.norun else { continue }
            let lines = OutputComparison.rawLines(of: text)
            if let expected = cell.expected {
                let old = Array(bytes[expected.byteRange])
                result += bytes[cursor..<expected.byteRange.lowerBound]
                result += rewrittenBlock(old, lines: lines, ending: ending, fallbackPrefix: Array(cell.linePrefix.utf8))
                cursor = expected.byteRange.upperBound
            } else if !lines.isEmpty && cell.isClosed {
                let at = cell.byteRange.upperBound
                result += bytes[cursor..<at]
                let fenceChar = cell.fence.utf8.first ?? UInt8(ascii: "`")
                let prefix = Array(cell.linePrefix.utf8)
                let fence = [UInt8](repeating: fenceChar, count: max(cell.fence.utf8.count, longestFenceRun(lines, fenceChar) + 1))
                var block = prefix + fence + Array("output".utf8) + ending
                block += contentLines(lines, prefix: prefix, ending: ending)
                block += prefix + fence + ending
                if at > 0, !endsWithLineBreak(bytes[..<at]) {
                    // The cell ends the file without a final newline: keep the file ending that way.
                    result += ending
                    block.removeLast(ending.count)
                }
                result += block
                cursor = at
            }
        }
        result += bytes[cursor...]
        return String(decoding: result, as: UTF8.self)
    }

    /// An existing ```output block with its content replaced.
    private static func rewrittenBlock(_ old: [UInt8], lines: [Substring], ending: [UInt8], fallbackPrefix: [UInt8]) -> [UInt8] {
        let oldLines = splitKeepingEndings(old)
        guard let opening = oldLines.first else { return old }
        let openingPrefix = opening.prefix { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
        let afterPrefix = opening.dropFirst(openingPrefix.count)
        guard let fenceChar = afterPrefix.first else { return old }
        let fenceLength = afterPrefix.prefix { $0 == fenceChar }.count
        // The block is closed when its last line (not the first) is a fence at least as long.
        var closing: ArraySlice<UInt8>? = nil
        if oldLines.count > 1, let last = oldLines.last {
            let body = last.drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
            let run = body.prefix { $0 == fenceChar }.count
            let rest = body.dropFirst(run).filter { $0 != 0x0D && $0 != 0x0A }
            if run >= fenceLength && rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { closing = last }
        }
        let prefix = closing.map { Array($0.prefix { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }) } ?? fallbackPrefix
        let needed = longestFenceRun(lines, fenceChar) + 1
        var block: [UInt8]
        var closingLine: [UInt8]
        if needed > fenceLength {
            let fence = [UInt8](repeating: fenceChar, count: needed)
            let info = afterPrefix.dropFirst(fenceLength)
            block = Array(openingPrefix) + fence + info
            if !endsWithLineBreak(block[...]) { block += ending }
            closingLine = prefix + fence + (closing.map { trailingLineBreak($0) } ?? ending)
        } else {
            block = Array(opening)
            if !endsWithLineBreak(block[...]) { block += ending }
            closingLine = closing.map(Array.init) ?? prefix + [UInt8](repeating: fenceChar, count: fenceLength) + ending
        }
        block += contentLines(lines, prefix: prefix, ending: ending)
        block += closingLine
        if !endsWithLineBreak(old[...]) {
            while block.last == 0x0A || block.last == 0x0D { block.removeLast() }
        }
        return block
    }

    private static func contentLines(_ lines: [Substring], prefix: [UInt8], ending: [UInt8]) -> [UInt8] {
        var trimmedPrefix = prefix
        while trimmedPrefix.last == 0x20 || trimmedPrefix.last == 0x09 { trimmedPrefix.removeLast() }
        var out: [UInt8] = []
        for line in lines {
            out += (line.isEmpty ? trimmedPrefix : prefix) + Array(line.utf8) + ending
        }
        return out
    }

    /// The longest run of `fenceChar` that starts a line (after indentation): a fence must be longer.
    private static func longestFenceRun(_ lines: [Substring], _ fenceChar: UInt8) -> Int {
        lines.map { line in line.utf8.drop { $0 == 0x20 || $0 == 0x09 }.prefix { $0 == fenceChar }.count }.max() ?? 0
    }

    private static func endsWithLineBreak(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.last == 0x0A || bytes.last == 0x0D
    }

    private static func trailingLineBreak(_ line: ArraySlice<UInt8>) -> [UInt8] {
        Array(line.suffix(while: { $0 == 0x0A || $0 == 0x0D }))
    }

    /// Lines with their endings (`\n`, `\r\n`, a lone `\r`).
    private static func splitKeepingEndings(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == 0x0D, i < bytes.count, bytes[i] == 0x0A { i += 1 }
            if b == 0x0A || b == 0x0D { result.append(bytes[start..<i]); start = i }
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }
}

extension ArraySlice where Element == UInt8 {
    fileprivate func suffix(while predicate: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        var start = endIndex
        while start > startIndex, predicate(self[index(before: start)]) { start = index(before: start) }
        return self[start...]
    }
}
