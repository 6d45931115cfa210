import Foundation
import Script
@testable import Lesson

/// A stand-in for the language: answers each cell with canned outputs, chosen by the
/// first key its code contains, and records what it was asked.
final class FakeSession: CellSession {
    var progressHandler: ((ProgressUpdate) -> Void)?
    let responses: [(key: String, outputs: [CellOutput])]
    private(set) var ran: [CellSource] = []
    private(set) var timeouts: [Double?] = []
    /// Progress updates to send while a cell whose code contains "progress(" runs.
    var progressSteps = 0

    init(_ responses: [(String, [CellOutput])]) {
        self.responses = responses.map { (key: $0.0, outputs: $0.1) }
    }

    func run(_ cell: CellSource, timeout: Double?) -> CellRun {
        ran.append(cell)
        timeouts.append(timeout)
        if cell.code.contains("progress(") {
            for i in 1...max(1, progressSteps) { progressHandler?(ProgressUpdate(completed: i, total: progressSteps)) }
        }
        let outputs = responses.first { cell.code.contains($0.key) }?.outputs ?? []
        return CellRun(outputs: outputs, duration: 0.0123)
    }
}

/// Lessons and outputs the render tests share.
enum RenderFixtures {
    static let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"

    /// A chart as the Plot module draws one: an XML prolog, ids, CSS variables.
    static func chartSVG(_ title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400" width="640" height="400" role="img" aria-label="\(HTMLEscaping.escape(title))">
        <defs><clipPath id="plot-area"><rect x="60" y="20" width="560" height="330"/></clipPath></defs>
        <rect width="640" height="400" fill="var(--chart-bg, transparent)"/>
        <g stroke="var(--chart-grid, #ddd)"><line x1="60" y1="350" x2="620" y2="350"/><line x1="60" y1="20" x2="60" y2="350"/></g>
        <g clip-path="url(#plot-area)"><polyline fill="none" stroke="#1f77b4" stroke-width="2" points="60,60 200,180 340,260 480,300 620,320"/></g>
        <text x="340" y="14" text-anchor="middle" fill="var(--chart-fg, #222)" font-size="14">\(HTMLEscaping.escape(title))</text>
        <text x="340" y="390" text-anchor="middle" fill="var(--chart-muted, #666)" font-size="12">epoch</text>
        </svg>

        """
    }

    /// A lesson with every kind of cell and output, hostile text included.
    static let lessonSource = """
    # Gradients <by> hand

    The model is ŷ = x·w. See [the notes][notes], ~~old~~ text, www.example.com and
    <span onclick="alert(3)">raw html</span>.

    - [x] read the chapter
    - [ ] try it

    | x | y |
    | - | -: |
    | 1 | 2 |

    <script>alert(4)</script>

    [bad link](javascript:alert(5))

    ## Printing

    ```swift
    print("hello <b>")
    ```

    ```output
    stale output that must not come back
    ```

    ## Values and tables

    ```swift
    let t = Tensor.randn([2, 3])
    t
    ```

    ```swift hide
    table(["name", "score"], rows)
    ```

    ```swift
    let cube = Tensor.zeros([2, 2, 2])
    cube
    ```

    ## Charts

    ```swift
    plot(losses, title: "Loss")
    ```

    ```swift norun
    let notRunHere = 1
    ```

    ```swift expect-error
    let n = 3; n * 0.5
    ```

    > A cell in a quote:
    >
    > ```swift
    > print("quoted")
    > ```

    ## Failing

    ```swift
    let broken = hiddenSzie * 2
    ```

    ```swift
    print("never")
    ```

    Last words.

    [notes]: https://example.com/notes

    """

    static let typeError = Diagnostic(.error, "cannot mix Int and Double: use Double(n)", file: "lesson.md",
                                      location: SourceLocation(line: 58, column: 12), sourceLine: "let n = 3; n * 0.5")
    static let nameError = Diagnostic(.error, "cannot find 'hiddenSzie' in scope; did you mean 'hiddenSize'? \(hostile)",
                                      file: "lesson.md", location: SourceLocation(line: 71, column: 14),
                                      sourceLine: "let broken = hiddenSzie * 2")

    /// The canned outputs for `lessonSource`.
    static func session() -> FakeSession {
        FakeSession([
            ("print(\"hello", [.text("hello <b>\n"), .text(hostile + "\n")]),
            ("Tensor.randn", [.value(DisplayValue(text: "[[0.1, -1.25, 3.0],\n [4.5, 5.0, -6.75]]", typeName: "Tensor",
                                                  grid: Grid(shape: [2, 3], rows: [["0.1", "-1.25", "3.0"], ["4.5", "5.0", "-6.75"]])))]),
            ("table(", [.table(TableOutput(header: ["name", "score"], rows: [["a|b <i>", "1.5"], ["*c*", "-2"]])),
                        .markdown("**Bold** move <script>alert(6)</script>\n")]),
            ("Tensor.zeros([2, 2, 2])", [.value(DisplayValue(text: "cube", typeName: "Tensor",
                                                             grid: Grid(shape: [2, 2, 2], rows: [["0", "0"], ["0", "0"], ["1", "1"], ["1", "1"]])))]),
            ("plot(", [.chart(ChartOutput(svg: chartSVG("Loss <falls>"), title: "Loss <falls>"))]),
            ("n * 0.5", [.error(typeError)]),
            ("quoted", [.text("quoted out\n")]),
            ("hiddenSzie", [.text("partial\n"), .error(nameError)]),
            ("never", [.text("never printed\n")]),
        ])
    }

    static func document() -> LessonDocument {
        LessonParser.parse(source: lessonSource, path: "lesson.md")
    }

    /// The fixture lesson, run.
    static func run(allowErrors: Bool = false) -> LessonRun {
        LessonRunner(allowErrors: allowErrors).run(document(), in: session())
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "lesson-render-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
