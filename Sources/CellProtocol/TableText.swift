import Foundation

/// A table as text, and numbers as a table writes them: shared by the handouts and
/// ```output blocks (Lesson's PlainOutput), the interpreter's `table(…)` (Prelude) and a
/// compiled lesson's (LessonKit), so that all three write the same characters.
extension TableOutput {
    /// The table as aligned columns of text, numbers right-aligned, a rule under the header.
    public var plainText: String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        var widths = Array(repeating: 0, count: columns)
        for row in [header] + rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for i in 0..<columns {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                parts.append(Double(cell) != nil ? pad + cell : cell + pad)
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        var s = line(header)
        s += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { s += line(row) }
        return s
    }

    /// A number as a reader wants it in a table, each cell on its own: integral values as
    /// integers ("1", "-3"), others with up to 4 decimals and no trailing zeros ("0.25",
    /// "0.3333"), and e-notation only when the number's own magnitude needs it (below 0.001 or
    /// from 1e15 up: "1e-19", "2.5e-4"). Unlike a printed tensor, one tiny value does not
    /// change its neighbours.
    public static func numberText(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : x < 0 ? "-inf" : "inf" }
        if x == 0 { return "0" }
        let magnitude = Swift.abs(x)
        if magnitude < 1e-3 || magnitude >= 1e15 {
            // "%.4e" gives "2.5000e-04": trim the mantissa's zeros and the exponent's padding.
            let parts = String(format: "%.4e", x).split(separator: "e")
            guard parts.count == 2, let exponent = Int(parts[1]) else { return String(x) }
            return trimmedDecimals(String(parts[0])) + "e\(exponent)"
        }
        if x == x.rounded() { return String(Int64(x)) }
        return trimmedDecimals(String(format: "%.4f", x))
    }

    /// "0.2500" → "0.25", "1.0000" → "1", "-0.0000" → "0".
    private static func trimmedDecimals(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = Substring(s)
        while t.last == "0" { t = t.dropLast() }
        if t.last == "." { t = t.dropLast() }
        return t == "-0" ? "0" : String(t)
    }
}
