import Foundation

/// Series colours and the colour map for contours and heatmaps.
enum Colors {
    /// Blue, orange, green, red, purple, cyan, grey, from the Okabe-Ito and Paul Tol schemes:
    /// chosen so that every pair among the first six stays apart (CIEDE2000 ≥ 25 for normal
    /// vision, ≥ 15 under simulated deuteranopia and protanopia; PlotTests checks it), with
    /// one colour per hue family: no orange next to a vermillion, and the one light blue
    /// much lighter than the blue. Mid-lightness colours, so each reads on light and dark pages.
    static let series = ["#0077BB", "#E69F00", "#009E73", "#CC3311", "#AA3377", "#66CCEE", "#BBBBBB"]

    /// Colours for series drawn over a colour map (a descent path over a contour): red,
    /// white, orange, pink and a light cyan, none near viridis' purples, blues, greens and yellow. Each is
    /// drawn with a dark outline, which also keeps the white one visible on a light page.
    static let overMap = ["#F03B20", "#FFFFFF", "#FF9E1B", "#F768A1", "#5CE1FF"]

    /// The dark outline around series drawn over a colour map.
    static let outline = "#111"

    /// Dash patterns used once the palette has gone round once, so series stay apart.
    static let dashes = ["", "6 3", "2 2", "8 3 2 3"]

    /// Viridis sampled at ten even points (perceptually uniform, colour-blind safe,
    /// readable on light and dark pages); in between we interpolate linearly.
    private static let viridis: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x48, 0x28, 0x78), (0x3E, 0x4A, 0x89), (0x31, 0x68, 0x8E), (0x26, 0x82, 0x8E),
        (0x1F, 0x9E, 0x89), (0x35, 0xB7, 0x79), (0x6D, 0xCD, 0x59), (0xB4, 0xDE, 0x2C), (0xFD, 0xE7, 0x25),
    ]

    /// The colour-map colour at t in [0, 1] as (r, g, b) in 0...255.
    static func viridisRGB(_ t: Double) -> (Double, Double, Double) {
        let u = min(1, max(0, t.isFinite ? t : 0)) * Double(viridis.count - 1)
        let i = min(viridis.count - 2, Int(u))
        let f = u - Double(i)
        let a = viridis[i], b = viridis[i + 1]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    /// The colour-map colour at t in [0, 1] as "#rrggbb".
    static func viridis(_ t: Double) -> String { hex(viridisRGB(t)) }

    /// Whether dark text reads better than white text on the colour-map colour at t.
    static func prefersDarkText(_ t: Double) -> Bool {
        let (r, g, b) = viridisRGB(t)
        func lin(_ c: Double) -> Double { let s = c / 255; return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) > 0.2
    }

    private static func hex(_ c: (Double, Double, Double)) -> String {
        let digits = Array("0123456789abcdef")
        var s = "#"
        for v in [c.0, c.1, c.2] {
            let n = Int(v.rounded())
            s.append(digits[n / 16]); s.append(digits[n % 16])
        }
        return s
    }
}
