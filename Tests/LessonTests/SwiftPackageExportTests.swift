import Foundation
import Lesson
import XCTest

/// `lesson export --to swift-package`: which final statements become `display(…)`, what
/// main.swift holds, and the manifest.
final class SwiftPackageExportTests: XCTestCase {
    /// The text `displayedExpression` finds, or nil.
    private func shown(_ code: String) -> String? {
        FinalStatement.displayedExpression(in: code).map { String(code[$0]) }
    }

    func testAnExpressionAtTheEndIsShown() {
        XCTAssertEqual(shown("let v = Tensor([1.0])\nv\n"), "v")
        XCTAssertEqual(shown("let v = 1\nv + 1 // the answer\n\n"), "v + 1")
        XCTAssertEqual(shown("x\n  .reshaped([3, 3])"), "x\n  .reshaped([3, 3])")
        XCTAssertEqual(shown("maxPool2d(t, kernelSize: 2,\n          stride: 2).reshaped([2, 2])"),
                       "maxPool2d(t, kernelSize: 2,\n          stride: 2).reshaped([2, 2])")
        XCTAssertEqual(shown("noGrad { model(x) }"), "noGrad { model(x) }")
        XCTAssertEqual(shown("print(1); x"), "x")
        XCTAssertEqual(shown("let s = \"a\\(b + \"c\")\"\ns == \"x\""), "s == \"x\"")
        XCTAssertEqual(shown("fig\n/* done */"), "fig")
    }

    func testStatementsWithoutAValueAreNot() {
        for code in ["let v = 1", "var w = 2\nw = 3", "w -= 0.1 * g", "_ = f()", "for i in 0..<3 {\n    print(i)\n}",
                     "print(\"a\",\n      b)", "table([\"x\"], rows)", "plot(losses, title: \"loss\")", "show(figs, columns: 2)",
                     "func f() -> Int {\n    1\n}", "class M: Module {\n}", "if x {\n    y\n}", "// just a comment", "",
                     "assert(x == 1, \"x\")", "manualSeed(0)"] {
            XCTAssertNil(shown(code), code)
        }
    }

    func testMainSwiftHoldsTheCellsAndLeavesOutNorunAndExpectedErrors() {
        let document = LessonParser.parse(source: """
            # Title

            Some prose.

            ```swift
            let v = 1
            v
            ```

            ```swift norun
            neverRun()
            ```

            ```swift expect-error
            let bad = v + 0.5
            ```
            """, path: "Lessons/07-demo.md")
        let main = SwiftPackageExport.mainSwift(document)
        XCTAssertTrue(main.contains("import LessonKit\n"))
        XCTAssertTrue(main.contains("// # Title\n//\n// Some prose.\n"))
        XCTAssertTrue(main.contains("let v = 1\ndisplay(v)\n"))
        XCTAssertFalse(main.contains("neverRun()"))
        XCTAssertFalse(main.contains("let bad"))
        XCTAssertTrue(main.contains("// (the cell at 07-demo.md:10 is marked norun: left out)"))
        XCTAssertTrue(main.contains("// (the cell at 07-demo.md:14 is expected to fail: left out)"))
        XCTAssertFalse(main.contains("lessonCellBoundary"), "boundaries are for lesson check --swiftc only")

        let checking = SwiftPackageExport.mainSwift(document, checking: true)
        XCTAssertTrue(checking.contains("lessonCellBoundary(0)\n#sourceLocation(file: \"Lessons/07-demo.md\", line: 6)\nlet v = 1\n"))
        XCTAssertEqual(SwiftPackageExport.programName(for: "Lessons/07-demo.md"), "Lesson07Demo")
    }

    func testManifestDependsOnLessonKitByPath() {
        let manifest = SwiftPackageExport.manifest(name: "Lesson01", lessonKit: "../lesson", programs: ["Lesson01"])
        XCTAssertTrue(manifest.hasPrefix("// swift-tools-version:5.9\n"))
        XCTAssertTrue(manifest.contains(".package(path: \"../lesson\")"))
        XCTAssertTrue(manifest.contains(".executableTarget(name: \"Lesson01\", dependencies: [.product(name: \"LessonKit\", package: \"lesson\")])"))
        XCTAssertFalse(manifest.contains("unsafeFlags"))
    }

    func testDataFilesAreTheLiteralCSVPathsInsideTheFolder() {
        let document = LessonParser.parse(source: """
            ```swift
            let a = loadCSV("data/a.csv", skipHeader: true)
            let b = loadCSV("../outside.csv")
            let c = loadCSV("/etc/passwd")
            let d = loadCSV("data/a.csv")
            ```
            """, path: "lesson.md")
        XCTAssertEqual(SwiftPackageExport.dataFiles(document), ["data/a.csv"])
    }
}
