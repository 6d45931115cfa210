extension CartesianRenderer {
    /// A series' colour as drawn: the palette colour, adapted to the page's theme through its
    /// class; or, over a colour map, one of `Colors.overMap`, fixed (no class) and outlined.
    struct Ink {
        var hex: String
        /// Theme classes ("lc-s2"), empty for a fixed colour.
        var cls: String
        var dash: String
        var overMap: Bool

        init(_ s: Series, overMap: Bool) {
            self.overMap = overMap
            let k = max(0, s.colour)
            if overMap {
                hex = Colors.overMap[k % Colors.overMap.count]
                cls = ""
                dash = Colors.dashes[(k / Colors.overMap.count) % Colors.dashes.count]
            } else {
                hex = s.colourHex
                cls = "lc-s\(k % Colors.series.count)"
                dash = s.dash
            }
        }

        /// ` class="lc-s2 lc-st"` for a stroke (use "st") or fill ("sf"); nothing when fixed.
        func classAttribute(_ use: String) -> String { cls.isEmpty ? "" : " class=\"\(cls) lc-\(use)\"" }

        /// The legend's line for a series drawn in this ink.
        func legendEntry(_ label: String, dash: String, swatch: LegendEntry.Swatch) -> LegendEntry {
            LegendEntry(label: label, colour: hex, colourClass: cls, dash: dash, swatch: swatch)
        }
    }
}
