import Foundation
import Plot

/// Benchmarks of the Plot side; bench/run compares them with the peers.
enum PlotBenchmarks {
    static func all() -> [Benchmark] {
        // plot.line_1m: a 1,000,000-point line chart rendered to SVG (budget: < 0.5 s, < 500 KB).
        let y = (0..<1_000_000).map { (i: Int) -> Double in
            let t = Double(i) / 1_000_000
            return sin(40 * t) + 0.3 * sin(900 * t)
        }
        let x = (0..<1_000_000).map(Double.init)
        let line1m = Benchmark(name: "plot.line_1m") {
            let fig = Figure(title: "A million points", xLabel: "i", yLabel: "signal")
            do {
                try fig.line(x, y, label: "signal")
                let svg = try fig.svg()
                precondition(svg.utf8.count < 500_000, "plot.line_1m: SVG is \(svg.utf8.count) bytes")
                blackHole(svg)
            } catch {
                fatalError("plot.line_1m: \(error)")
            }
        }
        // plot.contour_100: a filled 100×100 contour with a 50-step path over it.
        let grid = (0..<100).map { -2 + 4 * Double($0) / 99 }
        let z = grid.map { (b: Double) -> [Double] in
            grid.map { (w: Double) -> Double in (w - 1) * (w - 1) + 10 * b * b + 0.3 * sin(5 * w) }
        }
        let pathX = (0..<50).map { (k: Int) -> Double in -1.5 + Double(k) * 0.05 }
        let pathY = (0..<50).map { (k: Int) -> Double in 1.5 * exp(-Double(k) / 10) }
        let contour = Benchmark(name: "plot.contour_100") {
            let fig = Figure(title: "Error surface", xLabel: "w", yLabel: "b")
            do {
                try fig.contour(grid, grid, z, levels: 15)
                try fig.path(pathX, pathY)
                blackHole(try fig.svg())
            } catch {
                fatalError("plot.contour_100: \(error)")
            }
        }
        return [line1m, contour]
    }
}
