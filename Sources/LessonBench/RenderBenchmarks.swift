import Foundation
import CellProtocol
import Lesson
import Prelude

/// Benchmarks of the Render side; bench/run compares them with the peers.
enum RenderBenchmarks {
    static func all() -> [Benchmark] {
        [lesson50Cells10Charts()]
    }

    /// Rendering (not running) a lesson of 50 cells, 10 of them with a chart, to a whole
    /// HTML page and to Markdown. Budget: under 50 ms.
    static func lesson50Cells10Charts() -> Benchmark {
        // Highlighted as the tool highlights: with the language's own lexer.
        installLessonSyntax()
        let run = syntheticRun(cells: 50, charts: 10)
        guard let templates = try? PageTemplates.load() else {
            fatalError("render bench: the built-in page templates were not found")
        }
        let options = RenderOptions(timings: true)
        let pages = HTMLPages(templates: templates, options: options)
        return Benchmark(name: "render.lesson_50cells_10charts") {
            let rendered = HTMLRenderer(options: options).render(run)
            blackHole(pages.lessonPage(rendered, run: run))
            blackHole(MarkdownRenderer(chartBaseName: "bench").render(run))
        }
    }

    /// A lesson like the course's: a heading and a paragraph or two before each cell,
    /// cells that print, show tensors and tables, draw charts; one hidden, one norun.
    static func syntheticRun(cells: Int, charts: Int) -> LessonRun {
        var source = "# Gradient descent with momentum\n\nWe fit a line to noisy points and watch the loss fall.\n\n"
        for i in 0..<cells {
            if i % 5 == 0 { source += "## Step \(i / 5 + 1): training the model\n\n" }
            source += "The learning rate is *0.1*; the `loss` is the **mean squared error** of the predictions, "
            source += "see [the notes](https://example.com/notes). We print every tenth epoch.\n\n"
            let info = i == 7 ? "swift hide" : (i == 13 ? "swift norun" : "swift")
            source += "```\(info)\nvar losses: [Double] = []\nfor epoch in 0..<100 {\n    let pred = model(x)\n"
            source += "    let loss = mse(pred, y)\n    losses.append(loss.item)\n    if epoch % 10 == 0 { print(\"epoch \\(epoch): \\(loss.item)\") }\n}\n```\n\n"
        }
        let document = LessonParser.parse(source: source, path: "bench.md")
        let chart = ChartOutput(svg: sampleChart, title: "Loss")
        let grid = Grid(shape: [4, 4], rows: (0..<4).map { r in (0..<4).map { c in String(format: "%.4f", Double(r * 4 + c) / 7) } })
        let results = document.cells.map { cell -> CellResult in
            var outputs: [CellOutput] = [.text((0..<10).map { "epoch \($0 * 10): \(1.0 / Double($0 + 1))\n" }.joined())]
            if cell.index % 3 == 0 { outputs.append(.value(DisplayValue(text: "tensor", typeName: "Tensor", grid: grid))) }
            if cell.index % 7 == 0 {
                outputs.append(.table(TableOutput(header: ["epoch", "loss"], rows: (0..<8).map { ["\($0)", "\(0.5 / Double($0 + 1))"] })))
            }
            if cell.index % (max(1, cells / charts)) == 0 { outputs.append(.chart(chart)) }
            let status: CellResult.Status = cell.options.norun ? .skipped : .passed
            return CellResult(cell: cell, status: status, outputs: status == .skipped ? [] : outputs, duration: 0.01, failure: nil)
        }
        return LessonRun(document: document, cells: results, duration: 0.5)
    }

    /// A line chart of the size the Plot module draws (200 points, axes, ticks, legend).
    static let sampleChart: String = {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lsn-chart\" viewBox=\"0 0 640 400\" aria-labelledby=\"lcb1t\">"
        svg += "<title id=\"lcb1t\">Loss</title><defs><clipPath id=\"lcb1c\"><rect x=\"60\" y=\"20\" width=\"560\" height=\"330\"/></clipPath></defs>"
        for k in 0..<6 { svg += "<line class=\"lc-grid\" x1=\"60\" x2=\"620\" y1=\"\(20 + k * 66)\" y2=\"\(20 + k * 66)\"/><text class=\"lc-tick\" x=\"52\" y=\"\(24 + k * 66)\">\(k)</text>" }
        svg += "<path class=\"lc-st lc-s0\" clip-path=\"url(#lcb1c)\" fill=\"none\" d=\"M"
        svg += (0..<200).map { i in String(format: "%.1f,%.1f", 60 + Double(i) * 2.8, 350 - 300 * exp(-Double(i) / 40)) }.joined(separator: "L")
        svg += "\"/></svg>\n"
        return svg
    }()
}
