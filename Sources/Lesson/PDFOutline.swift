import Foundation

/// Reads a PDF's outline (its bookmarks) with the page each entry points to: enough of PDF for
/// what Chromium writes (objects in plain text, the outline's destinations as explicit page
/// references), used to number a printed course's table of contents. Anything else, such as
/// objects packed in compressed streams, gives an empty outline rather than a wrong one.
enum PDFOutline {
    /// One bookmark: its title, its depth (0 at the top) and its page (1-based).
    struct Entry: Equatable {
        var title: String
        var depth: Int
        var page: Int
    }

    /// The outline of the PDF file at `path`, in document order (depth first).
    static func read(path: String) -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return read(data)
    }

    /// The outline of the PDF `data`, in document order (depth first).
    static func read(_ data: Data) -> [Entry] {
        // Latin-1 keeps every byte as one character, so offsets and binary streams are harmless.
        guard let text = String(data: data, encoding: .isoLatin1) else { return [] }
        let objects = Self.objects(text)
        guard let catalog = objects.values.first(where: { $0.contains("/Type /Catalog") || $0.contains("/Type/Catalog") }),
              let pagesRoot = reference(after: "/Pages", in: catalog),
              let outlinesRoot = reference(after: "/Outlines", in: catalog),
              let outlines = objects[outlinesRoot] else { return [] }
        // Pages in order: the leaves of the page tree.
        var pageNumber: [Int: Int] = [:]
        var count = 0
        var visited: Set<Int> = []
        func walkPages(_ n: Int) {
            guard visited.insert(n).inserted, let node = objects[n] else { return }
            if let kids = array(after: "/Kids", in: node) {
                for kid in references(in: kids) { walkPages(kid) }
            } else {
                count += 1
                pageNumber[n] = count
            }
        }
        walkPages(pagesRoot)
        var entries: [Entry] = []
        var seen: Set<Int> = []
        func walkItems(_ first: Int?, depth: Int) {
            var next = first
            while let n = next, seen.insert(n).inserted, let item = objects[n] {
                if let title = string(after: "/Title", in: item),
                   let dest = array(after: "/Dest", in: item), let page = references(in: dest).first.flatMap({ pageNumber[$0] }) {
                    entries.append(Entry(title: title, depth: depth, page: page))
                }
                walkItems(reference(after: "/First", in: item), depth: depth + 1)
                next = reference(after: "/Next", in: item)
            }
        }
        walkItems(reference(after: "/First", in: outlines), depth: 0)
        return entries
    }

    /// Every `N 0 obj … endobj` by object number (its dictionary part: streams cut off).
    private static func objects(_ text: String) -> [Int: String] {
        var result: [Int: String] = [:]
        let re = try! NSRegularExpression(pattern: #"(?m)^(\d+) 0 obj\b"#)
        let ns = text as NSString
        let matches = re.matches(in: text, range: NSRange(location: 0, length: ns.length))
        for (k, m) in matches.enumerated() {
            let start = m.range.location + m.range.length
            let end = k + 1 < matches.count ? matches[k + 1].range.location : ns.length
            var body = ns.substring(with: NSRange(location: start, length: end - start))
            // A stream's data follows its dictionary; a title may say "stream" too.
            if let stream = body.range(of: #">>\s*stream\r?\n"#, options: .regularExpression) {
                body = String(body[..<stream.lowerBound]) + ">>"
            }
            if let number = Int(ns.substring(with: m.range(at: 1))) { result[number] = body }
        }
        return result
    }

    /// The object number of `key N 0 R` in `dict`.
    private static func reference(after key: String, in dict: String) -> Int? {
        guard let r = keyRange(key, in: dict) else { return nil }
        return references(in: String(dict[r.upperBound...].prefix(40))).first
    }

    /// The `[...]` after `key`.
    private static func array(after key: String, in dict: String) -> String? {
        guard let r = keyRange(key, in: dict) else { return nil }
        let rest = dict[r.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
        guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
        return String(rest[rest.index(after: rest.startIndex)..<close])
    }

    /// `key` as a whole name (`/Pages`, not `/PagesX`).
    private static func keyRange(_ key: String, in dict: String) -> Range<String.Index>? {
        var search = dict.startIndex
        while let r = dict.range(of: key, range: search..<dict.endIndex) {
            if r.upperBound == dict.endIndex { return r }
            let c = dict[r.upperBound]
            if !(c.isLetter || c.isNumber) { return r }
            search = r.upperBound
        }
        return nil
    }

    /// The numbers N of every `N 0 R` in `text`, in order.
    private static func references(in text: String) -> [Int] {
        let re = try! NSRegularExpression(pattern: #"(\d+)\s+\d+\s+R"#)
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap {
            Int(ns.substring(with: $0.range(at: 1)))
        }
    }

    /// The text string after `key`: `(literal)` with escapes, or `<hex>`; UTF-16 when it
    /// starts with a byte-order mark, else one byte a character.
    private static func string(after key: String, in dict: String) -> String? {
        guard let r = keyRange(key, in: dict) else { return nil }
        let rest = Array(dict[r.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }.unicodeScalars)
        guard let first = rest.first else { return nil }
        var raw: [UInt8] = []
        if first == "(" {
            var depth = 0
            var i = 1
            while i < rest.count {
                let c = rest[i]
                if c == "\\", i + 1 < rest.count {
                    let e = rest[i + 1]
                    switch e {
                    case "n": raw.append(10); i += 2
                    case "r": raw.append(13); i += 2
                    case "t": raw.append(9); i += 2
                    case "b": raw.append(8); i += 2
                    case "f": raw.append(12); i += 2
                    case "0"..."7":
                        var value = 0, j = i + 1
                        while j < rest.count, j < i + 4, ("0"..."7").contains(rest[j]) {
                            value = value * 8 + Int(rest[j].value - 48)
                            j += 1
                        }
                        raw.append(UInt8(value & 0xff)); i = j
                    case "\n": i += 2
                    default: raw.append(UInt8(e.value & 0xff)); i += 2
                    }
                    continue
                }
                if c == "(" { depth += 1 }
                if c == ")" { if depth == 0 { break }; depth -= 1 }
                raw.append(UInt8(c.value & 0xff))
                i += 1
            }
        } else if first == "<" {
            let hex = rest.dropFirst().prefix { $0 != ">" }.filter { !$0.properties.isWhitespace }
            var digits = hex.map { Character($0) }
            if digits.count % 2 == 1 { digits.append("0") }
            var k = 0
            while k + 1 < digits.count {
                guard let b = UInt8(String(digits[k...k + 1]), radix: 16) else { return nil }
                raw.append(b)
                k += 2
            }
        } else {
            return nil
        }
        if raw.count >= 2, raw[0] == 0xFE, raw[1] == 0xFF {
            var units: [UInt16] = []
            var k = 2
            while k + 1 < raw.count { units.append(UInt16(raw[k]) << 8 | UInt16(raw[k + 1])); k += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        return String(raw.map { Character(Unicode.Scalar($0)) })
    }
}
