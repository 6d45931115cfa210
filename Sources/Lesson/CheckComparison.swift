/// How `lesson check` compares a cell's output with its ```output block (issue 7):
/// line by line, trailing white space ignored, numbers within a relative tolerance,
/// and `...` on a line of its own matching any number of lines (doctest's ellipsis).
public enum OutputComparison {
    /// The relative tolerance numbers get unless `--rtol` says otherwise.
    public static let defaultRelativeTolerance = 1e-4

    /// True when `actual` matches the `expected` block.
    public static func matches(expected: String, actual: String, rtol: Double = defaultRelativeTolerance) -> Bool {
        let pattern = lines(of: expected), got = lines(of: actual)
        if !pattern.contains(where: isEllipsis) {
            guard pattern.count == got.count else { return false }
            return zip(pattern, got).allSatisfy { lineMatches($0, $1, rtol: rtol) }
        }
        // ok[j] holds whether pattern[i...] matches got[j...], filled from the last pattern line up.
        var ok = [Bool](repeating: false, count: got.count + 1)
        ok[got.count] = true
        for p in pattern.reversed() {
            var next = [Bool](repeating: false, count: got.count + 1)
            if isEllipsis(p) {
                for j in stride(from: got.count, through: 0, by: -1) {
                    next[j] = ok[j] || (j < got.count && next[j + 1])
                }
            } else {
                for j in 0..<got.count { next[j] = ok[j + 1] && lineMatches(p, got[j], rtol: rtol) }
            }
            ok = next
        }
        return ok[0]
    }

    /// The text's lines, each without trailing white space; trailing blank lines dropped.
    /// `\r\n` and a lone `\r` end lines as `\n` does.
    public static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var end = line.endIndex
            while end > line.startIndex {
                let before = line.index(before: end)
                guard line[before] == " " || line[before] == "\t" else { break }
                end = before
            }
            result.append(line[line.startIndex..<end])
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// The text's lines as `--update` writes them: split at line ends, white space kept,
    /// no empty line for a final line ending, trailing blank lines dropped.
    public static func rawLines(of text: String) -> [Substring] {
        var result = text.split(omittingEmptySubsequences: false,
                                whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        while result.last?.allSatisfy({ $0 == " " || $0 == "\t" }) == true { result.removeLast() }
        return result
    }

    /// True for an expected line that is `...` alone (white space around it allowed).
    static func isEllipsis(_ line: Substring) -> Bool {
        line.trimmingPrefix(while: { $0 == " " || $0 == "\t" }) == "..."
    }

    /// Two lines (trailing white space already removed) match when their text is equal
    /// outside numbers and their numbers agree within `rtol`.
    public static func lineMatches(_ expected: Substring, _ actual: Substring, rtol: Double) -> Bool {
        if expected == actual { return true }
        let e = NumberTokens(expected), a = NumberTokens(actual)
        guard e.texts == a.texts, e.numbers.count == a.numbers.count else { return false }
        return zip(e.numbers, a.numbers).allSatisfy { x, y in
            x == y || abs(x - y) <= rtol * max(abs(x), abs(y))
        }
    }
}

/// A line cut into numbers and the text between them: `loss 0.25 at 3` is the texts
/// ["loss ", " at ", ""] and the numbers [0.25, 3].
struct NumberTokens {
    var texts: [Substring] = []
    var numbers: [Double] = []

    init(_ line: Substring) {
        let bytes = Array(line.utf8)
        var textStart = 0, i = 0
        while i < bytes.count {
            if let end = Self.numberEnd(bytes, at: i), let value = Double(String(decoding: bytes[i..<end], as: UTF8.self)) {
                texts.append(Self.slice(line, textStart, i))
                numbers.append(value)
                i = end
                textStart = end
            } else {
                i += 1
            }
        }
        texts.append(Self.slice(line, textStart, bytes.count))
    }

    private static func slice(_ line: Substring, _ from: Int, _ to: Int) -> Substring {
        let u = line.utf8
        return Substring(u[u.index(u.startIndex, offsetBy: from)..<u.index(u.startIndex, offsetBy: to)])
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Where a number starting at `i` ends: `-?digits[.digits][e[+-]digits]` or `-?.digits...`.
    /// A sign counts only when it does not follow a letter, digit or `)` (so `a-1` keeps `-`).
    private static func numberEnd(_ b: [UInt8], at start: Int) -> Int? {
        var i = start
        if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            if i > 0 {
                let p = b[i - 1]
                if isDigit(p) || p == UInt8(ascii: ")") || p == UInt8(ascii: "_") || (p | 0x20 >= 0x61 && p | 0x20 <= 0x7A) { return nil }
            }
            i += 1
        } else if i > 0, isDigit(b[i - 1]) || b[i - 1] == UInt8(ascii: ".") {
            return nil   // inside a number already skipped
        }
        let digitsStart = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        var digits = i - digitsStart
        if i < b.count, b[i] == UInt8(ascii: "."), i + 1 < b.count, isDigit(b[i + 1]) || digits > 0 {
            i += 1
            let fraction = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            digits += i - fraction
        }
        guard digits > 0 else { return nil }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            var j = i + 1
            if j < b.count, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "+") { j += 1 }
            if j < b.count, isDigit(b[j]) {
                while j < b.count, isDigit(b[j]) { j += 1 }
                i = j
            }
        }
        return i
    }
}
