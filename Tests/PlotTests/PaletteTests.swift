import Foundation
import XCTest
@testable import Plot

/// The series colours must stay apart for every reader: normal vision and the two common
/// red-green deficiencies (simulated with Machado et al. 2009, severity 1), measured with
/// CIEDE2000, and the theme must not pull them together.
final class PaletteTests: XCTestCase {
    private let normal: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    private let deuteranopia: [[Double]] = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    private let protanopia: [[Double]] = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]

    func testTheFirstSixSeriesColoursAreClearlyDistinctForNormalVision() {
        let (d, a, b) = closestPair(Array(Colors.series.prefix(6)), vision: normal)
        XCTAssertGreaterThanOrEqual(d, 25, "\(a) and \(b) are too alike (ΔE00 \(d))")
    }

    func testTheFirstSixSeriesColoursStayApartUnderRedGreenDeficiencies() {
        for (name, m) in [("deuteranopia", deuteranopia), ("protanopia", protanopia)] {
            let (d, a, b) = closestPair(Array(Colors.series.prefix(6)), vision: m)
            XCTAssertGreaterThanOrEqual(d, 15, "\(name): \(a) and \(b) are too alike (ΔE00 \(d))")
        }
    }

    func testThemeBlendsLittleOfTheTextColourIntoSeriesColours() throws {
        // Every series takes the same text colour; much of it makes them converge.
        let shares = Theme.css.components(separatedBy: "\n").filter { $0.contains(".lc-s") && $0.contains("color-mix") }
            .compactMap { line -> Double? in
                guard let r = line.range(of: #"\d+%"#, options: .regularExpression) else { return nil }
                return Double(line[r].dropLast())
            }
        XCTAssertEqual(shares.count, Colors.series.count)
        for s in shares { XCTAssertGreaterThanOrEqual(s, 90) }
    }

    func testAPathOverAContourHasAThinDarkOutline() throws {
        let fig = Figure()
        try fig.contour([0, 1, 2], [0, 1, 2], [[0, 1, 2], [1, 2, 3], [2, 3, 4]], levels: 4)
        try fig.path([0.2, 1, 1.8], [0.2, 1, 1.8], label: "descent")
        let svg = try fig.svg()
        guard let halo = svg.components(separatedBy: "\n").first(where: { $0.hasPrefix("<path fill=\"none\" stroke=\"\(Colors.outline)\"") }) else {
            return XCTFail("no outline under the path")
        }
        XCTAssertLessThanOrEqual(try attribute("stroke-width", halo), 2 * 1.8, "outline wider than twice the line: \(halo)")
        XCTAssertLessThanOrEqual(try attribute("stroke-opacity", halo), 0.6, halo)
    }

    func testColoursOverAColourMapStayApartFromItAndFromEachOther() {
        // Viridis at every tenth, against each over-map colour: none close (CIEDE2000 ≥ 20).
        let map = (0...10).map { Colors.viridis(Double($0) / 10) }
        for c in Colors.overMap {
            let nearest = map.map { deltaE2000(lab(simulated(c, normal)), lab(simulated($0, normal))) }.min()!
            XCTAssertGreaterThanOrEqual(nearest, 20, "\(c) is close to the colour map")
        }
        XCTAssertGreaterThanOrEqual(closestPair(Colors.overMap, vision: normal).0, 20)
    }

    // MARK: - Colour science

    private func attribute(_ name: String, _ tag: String) throws -> Double {
        let r = try XCTUnwrap(tag.range(of: name + "=\"[0-9.]+\"", options: .regularExpression))
        return try XCTUnwrap(Double(tag[r].dropFirst(name.count + 2).dropLast()))
    }

    private func closestPair(_ colours: [String], vision m: [[Double]]) -> (Double, String, String) {
        var best = (Double.infinity, "", "")
        for i in colours.indices {
            for j in colours.indices where j > i {
                let d = deltaE2000(lab(simulated(colours[i], m)), lab(simulated(colours[j], m)))
                if d < best.0 { best = (d, colours[i], colours[j]) }
            }
        }
        return best
    }

    /// Linear RGB of "#rrggbb" seen through the deficiency matrix m.
    private func simulated(_ hex: String, _ m: [[Double]]) -> [Double] {
        let v = Int(hex.dropFirst(), radix: 16)!
        let srgb = [Double((v >> 16) & 255), Double((v >> 8) & 255), Double(v & 255)].map { $0 / 255 }
        let lin = srgb.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return (0..<3).map { i in min(1, max(0, (0..<3).reduce(0) { $0 + m[i][$1] * lin[$1] })) }
    }

    private func lab(_ rgb: [Double]) -> (Double, Double, Double) {
        let (r, g, b) = (rgb[0], rgb[1], rgb[2])
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// CIEDE2000 colour difference (Sharma, Wu and Dalal 2005).
    private func deltaE2000(_ p: (Double, Double, Double), _ q: (Double, Double, Double)) -> Double {
        func rad(_ d: Double) -> Double { d * .pi / 180 }
        func deg(_ r: Double) -> Double { let d = r * 180 / .pi; return d < 0 ? d + 360 : d }
        let c1 = hypot(p.1, p.2), c2 = hypot(q.1, q.2), cBar = (c1 + c2) / 2
        let g = 0.5 * (1 - sqrt(pow(cBar, 7) / (pow(cBar, 7) + pow(25, 7))))
        let a1 = (1 + g) * p.1, a2 = (1 + g) * q.1
        let c1p = hypot(a1, p.2), c2p = hypot(a2, q.2)
        let h1 = deg(atan2(p.2, a1)), h2 = deg(atan2(q.2, a2))
        var dh = h2 - h1
        if c1p * c2p == 0 { dh = 0 } else if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        let dL = q.0 - p.0, dC = c2p - c1p, dH = 2 * sqrt(c1p * c2p) * sin(rad(dh / 2))
        let lBar = (p.0 + q.0) / 2, cBarP = (c1p + c2p) / 2
        var hBar = h1 + h2
        if c1p * c2p != 0 { hBar = abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2) }
        let t = 1 - 0.17 * cos(rad(hBar - 30)) + 0.24 * cos(rad(2 * hBar)) + 0.32 * cos(rad(3 * hBar + 6)) - 0.2 * cos(rad(4 * hBar - 63))
        let dTheta = 30 * exp(-pow((hBar - 275) / 25, 2))
        let rc = 2 * sqrt(pow(cBarP, 7) / (pow(cBarP, 7) + pow(25, 7)))
        let sl = 1 + 0.015 * pow(lBar - 50, 2) / sqrt(20 + pow(lBar - 50, 2))
        let sc = 1 + 0.045 * cBarP, sh = 1 + 0.015 * cBarP * t
        let rt = -sin(rad(2 * dTheta)) * rc
        return sqrt(pow(dL / sl, 2) + pow(dC / sc, 2) + pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh))
    }
}
