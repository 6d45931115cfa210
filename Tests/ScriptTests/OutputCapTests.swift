import XCTest
@testable import Script

/// A cell's output is capped whatever its kind, and `String(format:)` cannot be asked for a
/// string larger than the cap allows: each ends as an error at the line that passed it.
final class OutputCapTests: XCTestCase {
    func testFormatPrecisionAndWidthAreCappedWithAClearError() {
        let precision = errorMessage("let s = String(format: \"%.900000000f\", 1.5)")
        XCTAssertEqual(precision, "String(format:): the precision 900000000 in '%.900000000f' is larger than 4096, the largest allowed")
        let width = errorMessage("let s = String(format: \"%99999999999999999999999d\", 1)")
        XCTAssertTrue(width?.contains("the width 99999999999999999999999") ?? false, width ?? "no error")
        XCTAssertNotNil(errorMessage("let s = String(format: \"%5000.2f\", 1.5)"))
        // At the cap and below, formats work as in Swift.
        XCTAssertEqual(output("print(String(format: \"%.3f|%6.2f|%-5d|%05d|%x\", 3.14159, 2.5, 42, 7, 255))"),
                       "3.142|  2.50|42   |00007|ff\n")
        XCTAssertEqual(output("print(String(format: \"%.4096f\", 0.5).count)"), "4098\n")
        XCTAssertEqual(output("print(String(format: \"[%10s][%-4s][%.2s]\", \"abc\", \"d\", \"xyz\"))"), "[       abc][d   ][xy]\n")
        XCTAssertEqual(output("print(String(format: \"%ld%%\", 5))"), "5%\n")
    }

    func testAFinalValueOverTheCapIsAnErrorAtItsLine() {
        let r = runCells(["let a = Array(repeating: 1234567, count: 200_000)\nlet b = 1\na"])
        XCTAssertEqual(r.errors.count, 1)
        XCTAssertTrue(r.errors.first?.message.contains("output passed 1024 KB") ?? false, r.errors.first?.message ?? "")
        XCTAssertEqual(r.errors.first?.location?.line, 3)
        XCTAssertFalse(r.outputs.contains { if case .value = $0 { return true }; return false })
    }

    func testPrintedTextAndOtherKindsShareOneCap() {
        let s = ScriptSession(library: NativeLibrary())
        let ctx = s.context
        ctx.printedBytes = 0
        XCTAssertNoThrow(try ctx.emit(.text(String(repeating: "x", count: 600_000))))
        XCTAssertNoThrow(try ctx.emit(.markdown(String(repeating: "y", count: 300_000))))
        XCTAssertThrowsError(try ctx.emit(.table(TableOutput(header: ["a"], rows: Array(repeating: [String(repeating: "z", count: 100)], count: 2000)))))
        XCTAssertThrowsError(try ctx.emit(.value(DisplayValue(text: String(repeating: "v", count: 200_000), typeName: "[Int]"))))
        // Charts have a budget of their own.
        XCTAssertNoThrow(try ctx.emit(.chart(ChartOutput(svg: String(repeating: "<g/>", count: 1_000_000), title: ""))))
        XCTAssertThrowsError(try ctx.emit(.chart(ChartOutput(svg: String(repeating: "<g/>", count: 4_000_000), title: "")))) { error in
            XCTAssertTrue("\(error)".contains("charts passed 16 MB"), "\(error)")
        }
    }
}
