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
            TableOutput(header: ["x", "y"], rows: [["1.", "2."], ["3.", "4."]]),
        ])
        XCTAssertEqual(r.outputs.last, .markdown("**bold**"))
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
