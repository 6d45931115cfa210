import Foundation
import XCTest
@testable import Plot

/// Writes the visual test page (every chart kind, light and dark) when PLOT_VISUAL_OUT names a
/// folder; Tests/Visual/plot/render.sh then screenshots it. Otherwise it only checks that every
/// sample renders.
final class VisualPageTests: XCTestCase {
    func testVisualSamplesRender() throws {
        let charts = try VisualSamples.all()
        XCTAssertGreaterThan(charts.count, 8)
        guard let out = ProcessInfo.processInfo.environment["PLOT_VISUAL_OUT"] else { return }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // Pages of four charts (two by two) keep each screenshot small enough to read.
        let pages = stride(from: 0, to: charts.count, by: 4).map { Array(charts[$0..<min($0 + 4, charts.count)]) }
        for (theme, css) in [("light", "body{background:#fff;color:#222}"),
                             ("dark", "body{background:#1b1d21;color:#ddd;--chart-bg:#1b1d21}")] {
            for (n, page) in pages.enumerated() {
                var html = """
                <!doctype html><html><head><meta charset="utf-8"><title>Plot visual test (\(theme))</title>
                <style>\(css) body{font-family:system-ui,sans-serif;margin:16px;width:1360px}
                figure{display:inline-block;vertical-align:top;margin:0 12px 12px 0;width:660px}
                figure.wide{width:1000px} figcaption{font-size:12px;opacity:.7}</style></head><body>
                """
                for (name, svg) in page {
                    html += "<figure class=\"\(name.hasPrefix("panels") ? "wide" : "")\">\(svg)<figcaption>\(name)</figcaption></figure>\n"
                }
                html += "</body></html>\n"
                try html.write(toFile: "\(out)/\(theme)-\(n + 1).html", atomically: true, encoding: .utf8)
            }
        }
        for (name, svg) in charts { try svg.write(toFile: "\(out)/\(name).svg", atomically: true, encoding: .utf8) }
    }
}

/// Sample charts of every kind, as lessons would draw them.
enum VisualSamples {
    static func all() throws -> [(String, String)] {
        var out: [(String, String)] = []
        let xs = stride(from: -5.0, through: 5.0, by: 0.1).map { $0 }
        let act = Figure(title: "S-shaped activations", xLabel: "x", yLabel: "f(x)")
        try act.line(xs, xs.map { 1 / (1 + exp(-$0)) }, label: "sigmoid")
        try act.line(xs, xs.map { tanh($0) }, label: "tanh")
        try act.line(xs, xs.map { max(0, $0) / 5 }, label: "ReLU / 5")
        out.append(("line", try act.svg()))

        let loss = Figure(title: "XOR training loss", xLabel: "epoch", yLabel: "MSE", logY: true)
        try loss.line((0..<300).map { 0.25 * exp(-Double($0) / 40) + 0.002 * (1 + sin(Double($0))) }, label: "train")
        try loss.line((0..<300).map { 0.27 * exp(-Double($0) / 45) + 0.004 }, label: "validation")
        out.append(("line-log", try loss.svg()))

        var seed: UInt64 = 42
        func rand() -> Double { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Double(seed >> 11) / Double(1 << 53) }
        func gauss() -> Double { sqrt(-2 * log(max(1e-12, rand()))) * cos(2 * .pi * rand()) }
        let sc = Figure(title: "Measured against predicted", xLabel: "area (m²)", yLabel: "price (k€)")
        let area = (0..<80).map { _ in 30 + rand() * 120 }
        try sc.scatter(area, area.map { 50 + 2.1 * $0 + 25 * gauss() }, label: "measured")
        try sc.line([30, 150], [113, 365], label: "fit: y = 2.1x + 50")
        out.append(("scatter", try sc.svg()))

        let (gx, gy, gz) = errorSurface()
        let ct = Figure(title: "Gradient descent on the error surface", xLabel: "w", yLabel: "b")
        try ct.contour(gx, gy, gz, levels: 12)
        let (px, py) = descent(momentum: 0)
        try ct.path(px, py, label: "plain descent")
        out.append(("contour", try ct.svg()))

        let cl = Figure(title: "Contour lines only", xLabel: "w", yLabel: "b")
        try cl.contour(gx, gy, gz, levels: 8, filled: false)
        out.append(("contour-lines", try cl.svg()))

        let words = ["the", "cat", "sat", "on", "the", "mat"]
        let attention = (0..<6).map { i in
            let row = (0..<6).map { j in exp(-abs(Double(i - j)) * 0.9) }
            let s = row.reduce(0, +); return row.map { $0 / s }
        }
        let hm = Figure(title: "Attention weights", xLabel: "key", yLabel: "query")
        try hm.heatmap(attention, rowLabels: words, columnLabels: words)
        out.append(("heatmap", try hm.svg()))

        let big = Figure(title: "A 30×40 heatmap (no values in cells)")
        try big.heatmap((0..<30).map { i in (0..<40).map { j in sin(Double(i) / 5) * cos(Double(j) / 7) } })
        out.append(("heatmap-large", try big.svg()))

        let hist = Figure(title: "Initial weights", xLabel: "weight", yLabel: "count")
        try hist.histogram((0..<2000).map { _ in gauss() * 0.5 }, bins: 30, label: "N(0, 0.5²)")
        out.append(("histogram", try hist.svg()))

        let bar = Figure(title: "Samples per class", xLabel: "class", yLabel: "samples")
        try bar.bar(["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"],
                    [5000, 4980, 5021, 4875, 5102, 4999, 5003, 4950, 5010, 5060])
        out.append(("bar", try bar.svg()))

        let bar2 = Figure(title: "Change in accuracy", yLabel: "points")
        try bar2.bar(["SGD", "Momentum", "Adam"], [-1.5, 2.25, 3.5])
        out.append(("bar-negative", try bar2.svg()))

        let nan = Figure(title: "Loss with NaNs <& \"escapes\">", xLabel: "step", yLabel: "loss")
        let lossValues: [Double] = (0..<50).map { (i: Int) -> Double in i % 10 == 7 ? Double.nan : 1 / Double(i + 1) + 0.05 }
        try nan.line(lossValues, label: "diverging")
        out.append(("nan", try nan.svg()))

        let empty = Figure(title: "An empty series", xLabel: "x", yLabel: "y")
        try empty.line([], [], label: "nothing")
        out.append(("empty", try empty.svg()))

        let million = Figure(title: "A million points", xLabel: "i", yLabel: "signal")
        let signal: [Double] = (0..<1_000_000).map { (i: Int) -> Double in
            let t = Double(i) / 1e6
            return sin(40 * t) + 0.3 * sin(900 * t)
        }
        try million.line(signal)
        out.append(("million", try million.svg()))

        let many = Figure(title: "Eight series cycle colours, then dashes", xLabel: "x", yLabel: "y")
        for k in 0..<8 { try many.line(xs, xs.map { sin($0 + Double(k) * 0.4) + Double(k) * 0.3 }, label: "phase \(k)") }
        out.append(("many-series", try many.svg()))

        // The golden charts too: tiny data shows layout problems that big data hides.
        let tiny = Figure(title: "Error surface (5×3 grid)", xLabel: "w", yLabel: "b")
        let tx = [-1.0, -0.5, 0, 0.5, 1], ty = [-1.0, 0, 1]
        try tiny.contour(tx, ty, ty.map { b in tx.map { w in w * w + 2 * b * b } }, levels: 4)
        try tiny.path([-0.8, -0.3, 0], [0.9, 0.3, 0], label: "descent")
        out.append(("contour-tiny", try tiny.svg()))
        let confusion = Figure(title: "Confusion")
        try confusion.heatmap([[5, 1], [0, 7]], rowLabels: ["cat", "dog"], columnLabels: ["cat", "dog"])
        out.append(("heatmap-tiny", try confusion.svg()))

        let manyBars = Figure(title: "Two hundred categories", yLabel: "value")
        try manyBars.bar((0..<200).map { "category \($0)" }, (0..<200).map { sin(Double($0) / 20) * 10 })
        out.append(("bars-200", try manyBars.svg()))
        let tinySpan = Figure(title: "Huge values with a tiny spread", xLabel: "x", yLabel: "y")
        try tinySpan.scatter([1e9, 1e9 + 1, 1e9 + 2, 1e9 + 3], [1, 1.000001, 1.000002, 1.0000015], label: "points")
        out.append(("tiny-spread", try tinySpan.svg()))

        var panels: [Figure] = []
        for (name, m) in [("Plain descent", 0.0), ("Momentum 0.6", 0.6)] {
            let f = Figure(title: name, xLabel: "w", yLabel: "b")
            try f.contour(gx, gy, gz, levels: 10)
            let (px, py) = descent(momentum: m)
            try f.path(px, py, label: "path")
            panels.append(f)
        }
        out.append(("panels", try Figure.svg(panels: panels, columns: 2, title: "Descent with and without momentum")))
        return out
    }

    /// An elongated bowl: e(w, b) = (w - 1)² + 10 (b - 0.5)², on a 41×31 grid.
    static func errorSurface() -> ([Double], [Double], [[Double]]) {
        let x = (0...40).map { -2 + Double($0) * 0.1 }
        let y = (0...30).map { -1 + Double($0) * 0.1 }
        let z = y.map { b in x.map { w in (w - 1) * (w - 1) + 10 * (b - 0.5) * (b - 0.5) } }
        return (x, y, z)
    }

    /// Gradient descent on the bowl from (-1.6, -0.8), with optional momentum.
    static func descent(momentum: Double) -> ([Double], [Double]) {
        var w = -1.6, b = -0.8, vw = 0.0, vb = 0.0
        var xs = [w], ys = [b]
        for _ in 0..<30 {
            let gw = 2 * (w - 1), gb = 20 * (b - 0.5)
            vw = momentum * vw - 0.03 * gw; vb = momentum * vb - 0.03 * gb
            w += vw; b += vb
            xs.append(w); ys.append(b)
        }
        return (xs, ys)
    }
}
