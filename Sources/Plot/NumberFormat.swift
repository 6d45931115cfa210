import Foundation

/// Formats numbers for people: tick labels, colour-bar labels, values in heatmap cells.
/// Negative numbers use the typographic minus sign (U+2212), as matplotlib does.
enum NumberFormat {
    static let minus = "\u{2212}"
    private static let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The exact decimal n·10^e with exactly max(0, -e) digits after the point ("0.30", "120").
    static func decimal(_ n: Int, exponent e: Int) -> String {
        if n == 0 { return e < 0 ? "0." + String(repeating: "0", count: -e) : "0" }
        var digits = String(n.magnitude)
        if e >= 0 {
            digits += String(repeating: "0", count: e)
        } else {
            let places = -e
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (n < 0 ? minus : "") + digits
    }

    /// n·10^e in scientific form with superscript exponent: "2.5×10⁻⁵", "10⁶".
    static func scientific(_ n: Int, exponent e: Int) -> String {
        if n == 0 { return "0" }
        var digits = String(n.magnitude)
        let exp = e + digits.count - 1
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        if digits.count > 1 { digits.insert(".", at: digits.index(after: digits.startIndex)) }
        if exp == 0 { return (n < 0 ? minus : "") + digits }
        let sign = n < 0 ? minus : ""
        let power = "10" + superscript(exp)
        return sign + (digits == "1" ? power : digits + "×" + power)
    }

    /// An integer written in superscript digits ("⁻³").
    static func superscript(_ k: Int) -> String {
        var s = k < 0 ? "⁻" : ""
        for c in String(k.magnitude) { s.append(superscripts[Int(c.asciiValue! - 48)]) }
        return s
    }

    /// A value with a fixed number of decimals and a typographic minus ("−0.25").
    static func fixed(_ v: Double, decimals: Int) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? minus + "∞" : "∞" }
        var s = String(format: "%.\(max(0, min(decimals, 12)))f", v)
        if s.hasPrefix("-") {
            s.removeFirst()
            // "-0.00" is zero: no sign.
            if s.contains(where: { $0 != "0" && $0 != "." }) { s = minus + s }
        }
        return s
    }

    /// A short form for a value shown alone (range summaries, cell values): about 4 significant digits.
    static func short(_ v: Double) -> String {
        if !v.isFinite || v == 0 { return fixed(v, decimals: 0) }
        let mag = Int(log10(abs(v)).rounded(.down))
        if mag >= 6 || mag < -4 {
            let scaled = v / powerOfTen(mag)
            let n = Int((scaled * 100).rounded())
            return scientific(n, exponent: mag - 2)
        }
        var s = fixed(v, decimals: max(0, 3 - mag))
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
