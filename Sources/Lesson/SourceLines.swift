/// Where each line of a file's bytes starts, with cmark's idea of a line ending
/// (`\n`, `\r\n` or a lone `\r`). Lines are 1-based, as in diagnostics.
struct SourceLines {
    let bytes: [UInt8]
    /// Byte offset where line `n` starts is `starts[n - 1]`.
    private(set) var starts: [Int] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var i = 0
        if !bytes.isEmpty { starts.append(0) }
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\r"), i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
            if (b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")) && i < bytes.count { starts.append(i) }
        }
    }

    /// Number of lines (a final line ending does not start another line).
    var count: Int { starts.count }

    /// Byte offset where line `n` starts; the file's end for `n` past the last line.
    func start(_ n: Int) -> Int { n >= 1 && n <= starts.count ? starts[n - 1] : bytes.count }

    /// Byte offset just past line `n`, its line ending included.
    func end(_ n: Int) -> Int { start(n + 1) }

    /// Byte range of line `n` without its line ending.
    func content(_ n: Int) -> Range<Int> {
        var e = end(n)
        if e > start(n), bytes[e - 1] == UInt8(ascii: "\n") { e -= 1 }
        if e > start(n), bytes[e - 1] == UInt8(ascii: "\r") { e -= 1 }
        return start(n)..<e
    }

    /// The 1-based line that holds byte `offset`.
    func line(of offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(lo, 1)
    }

    /// The text of line `n` without its line ending.
    func text(_ n: Int) -> String { String(decoding: bytes[content(n)], as: UTF8.self) }
}
