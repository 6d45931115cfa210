/// Estimated text widths for layout, from Helvetica's advance widths (per 1000 em) with a
/// little slack for wider system fonts. The SVG never depends on exact widths: this only
/// decides margins, legend boxes and whether labels need turning.
enum TextMetrics {
    private static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ... /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 ... ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ ... O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P ... _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` ... o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // p ... ~
    ]

    /// The estimated width in pixels of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 32 && v < 127 { units += Double(ascii[Int(v - 32)]) }
            else if (0x2070...0x209F).contains(v) || v == 0xB2 || v == 0xB3 || v == 0xB9 { units += 360 } // superscripts
            else if v == 0x2212 { units += 584 }
            else if v >= 0x1100 && (v <= 0x115F || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)) { units += 1000 }
            else { units += 600 }
        }
        return units / 1000 * fontSize * 1.06
    }
}
