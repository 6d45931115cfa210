import XCTest
@testable import Prelude
import Script

final class OutputBindingTests: XCTestCase {
    func testPlotAndShowAndAFinalFigureProduceCharts() {
        let r = runClean(["""
        plot([0.5, 0.25, 0.125], title: "loss", xLabel: "epoch", yLabel: "MSE")
        """, """
        let x = Tensor.linspace(-3, 3, count: 20)
        let fig = Figure(title: "S-shaped activations", xLabel: "x", yLabel: "f(x)")
        fig.line(x, sigmoid(x), label: "sigmoid")
        fig.scatter([1, 2], [0.5, 0.75], label: "measured")
        show(fig)
        """, """
        let h = Figure(title: "histogram")
        h.histogram(Tensor.randn([100]), bins: 10)
        h
        """, """
        let m = Figure(title: "attention")
        m.heatmap(softmax(Tensor.randn([3, 3]), axis: 1), rowLabels: ["a", "b", "c"], columnLabels: ["a", "b", "c"])
        display(m)
        let b = Figure(title: "counts")
        b.bar(["x", "y"], [3, 4])
        b
        """])
        XCTAssertEqual(r.charts.map(\.title), ["loss", "S-shaped activations", "histogram", "attention", "counts"])
        XCTAssertTrue(r.charts.allSatisfy { $0.svg.contains("<svg") })
        XCTAssertTrue(r.values.isEmpty, "\(r.values)")
    }

    func testChartErrorsBecomeLanguageErrors() {
        let r = runLesson(["""
        let fig = Figure()
        fig.line([1, 2, 3], [1, 2])
        """])
        XCTAssertEqual(r.errors.count, 1)
        XCTAssertTrue(r.errors.first?.message.contains("line") ?? false, r.errors.first?.message ?? "")
    }

    func testTablesTakeMixedRowsAndTensors() {
        let r = runClean(["""
        table(["name", "value", "ok"], [["a", 1.5, true], ["b", 2, false]])
        table(Tensor([[1, 2], [3, 4]]), header: ["x", "y"])
        markdown("**bold**")
        """])
        XCTAssertEqual(r.tables, [
            TableOutput(header: ["name", "value", "ok"], rows: [["a", "1.5", "true"], ["b", "2", "false"]]),
            TableOutput(header: ["x", "y"], rows: [["1", "2"], ["3", "4"]]),
        ])
        XCTAssertEqual(r.outputs.last, .markdown("**bold**"))
    }

    func testTableCellsFromATensorAreFormattedOneByOneForReading() {
        let r = runClean(["""
        table(Tensor([[1.0, 2.0]]), header: ["a", "b"])
        table(Tensor([[1.0, 1e-19], [-3, 0.25]]))
        table(Tensor([1.0 / 3, -2.5, 123456.789, 0.00025, 3e20, -0.0]))
        """])
        XCTAssertEqual(r.tables, [
            TableOutput(header: ["a", "b"], rows: [["1", "2"]]),
            TableOutput(header: ["0", "1"], rows: [["1", "1e-19"], ["-3", "0.25"]]),
            TableOutput(header: ["0", "1", "2", "3", "4", "5"], rows: [["0.3333", "-2.5", "123456.7891", "2.5e-4", "3e20", "0"]]),
        ])
    }

    func testNumbersInTableRowsAreFormattedLikeTensorCells() {
        let r = runClean(["""
        let t = Tensor([0.5, 2.0])
        table(["n", "x", "scalar tensor", "text"], [[3, 0.1 + 0.2, t[1], "0.30000"], [-1, 1e-19, t[0], "1."]])
        """])
        XCTAssertEqual(r.tables, [
            TableOutput(header: ["n", "x", "scalar tensor", "text"],
                        rows: [["3", "0.3", "2", "0.30000"], ["-1", "1e-19", "0.5", "1."]]),
        ])
    }

    func testShowLaysOutAnArrayOfFiguresSideBySideInOneChart() throws {
        let r = runClean(["""
        var figures: [Figure] = []
        for k in 0..<4 {
            let f = Figure(title: "panel \\(k)")
            f.line([0, 1, 2], [0, Double(k), 0])
            figures.append(f)
        }
        show(figures, columns: 2, title: "Four panels")
        show([figures[0], figures[1]])
        """])
        XCTAssertEqual(r.charts.count, 2)
        let grid = try XCTUnwrap(r.charts.first)
        XCTAssertEqual(grid.title, "Four panels")
        XCTAssertTrue(grid.svg.contains("4 charts side by side"), grid.svg)
        XCTAssertTrue(grid.svg.contains("viewBox=\"0 0 800 670\""), String(grid.svg.prefix(300)))
        XCTAssertEqual(r.charts[1].title, "panel 0 | panel 1")
        XCTAssertTrue(r.charts[1].svg.contains("viewBox=\"0 0 800 320\""), String(r.charts[1].svg.prefix(300)))
    }

    func testShowRejectsNonFiguresAndBadColumnsWithClearErrors() {
        for (code, expected) in [
            ("show([Figure(), 3])", "element 1 of the array is 'Int', not a Figure"),
            ("show([Figure()], columns: 0)", "columns must be between 1 and 12, got 0"),
            ("let e: [Figure] = []\nshow(e)", "the array of figures is empty"),
            ("show(Figure(), columns: 2)", "lay out an array of figures"),
        ] {
            let r = runLesson([code])
            XCTAssertEqual(r.errors.count, 1, code)
            XCTAssertTrue(r.errors.first?.message.contains(expected) ?? false, "\(code): \(r.errors.first?.message ?? "no error")")
        }
    }

    func testPrintedAndFinalTensorsLookLikePyTorchAndCarryAGrid() {
        let r = runClean(["""
        let t = Tensor([[1.5, 2], [3, 4]])
        print(t)
        t
        """])
        XCTAssertEqual(r.text, "tensor([[1.5000, 2.0000],\n        [3.0000, 4.0000]])\n")
        XCTAssertEqual(r.values.first?.grid?.rows, [["1.5000", "2.0000"], ["3.0000", "4.0000"]])
    }

    func testShapeErrorsAreDiagnosticsNamingBothShapes() {
        let r = runLesson(["let a = Tensor([[1, 2, 3], [4, 5, 6]])\nlet b = Tensor([[1, 2], [3, 4]])\nlet c = matmul(a, b)"])
        XCTAssertEqual(r.errors.count, 1)
        let d = r.errors[0]
        XCTAssertEqual(d.location?.line, 3)
        XCTAssertTrue(d.message.contains("[2, 3]") && d.message.contains("[2, 2]"), d.message)
    }

    func testInPlaceUpdateOutsideNoGradSaysToUseNoGrad() {
        let r = runLesson(["let w = Tensor([1.0], requiresGrad: true)\nw -= 0.1 * w.grad"])
        XCTAssertTrue(r.errors.first?.message.contains("noGrad") ?? false, r.errors.first?.message ?? "no error")
    }

    func testProgressWrapsALoopAndReportsUpdates() {
        let session = makeLessonSession(directory: NSTemporaryDirectory())
        var updates: [ProgressUpdate] = []
        session.progressHandler = { updates.append($0) }
        let run = session.run(CellSource(code: "var s = 0\nfor i in progress(0..<10) { s += i }\nprint(s)", file: "l.md", firstLine: 1), timeout: 10)
        XCTAssertEqual(run.outputs, [.text("45\n")])
        XCTAssertEqual(updates.first, ProgressUpdate(completed: 0, total: 10))
        XCTAssertEqual(updates.last, ProgressUpdate(completed: 10, total: 10))
    }
}
