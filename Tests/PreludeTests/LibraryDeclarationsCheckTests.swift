import Foundation
import XCTest
@testable import Prelude
@testable import Script

/// The library's Swift declarations (Sources/Prelude/LibrarySignatures.swift, from LessonKit)
/// describe every binding, and a call that no declaration takes is an error before the cell
/// runs, in swiftc's words, with the declaration in a note.
final class LibraryDeclarationsCheckTests: XCTestCase {
    func testEveryBindingHasItsSwiftDeclaration() {
        XCTAssertEqual(lessonLibrary().undeclaredBindings(), [], "bindings without a declaration in LessonKit")
    }

    func testADeclarationIsReadAsSwiftWritesIt() throws {
        let zeros = try XCTUnwrap(DeclaredSignature("static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor"))
        XCTAssertEqual(zeros.kind, .staticFunction)
        XCTAssertEqual(zeros.swiftName, "zeros(_:requiresGrad:)")
        XCTAssertEqual(zeros.types, ["[Int]", "Bool"])
        XCTAssertEqual(zeros.hasDefault, [false, true])
        XCTAssertEqual(zeros.returnType, "Tensor")
        let noGrad = try XCTUnwrap(DeclaredSignature("func noGrad<T>(_ body: () throws -> T) rethrows -> T"))
        XCTAssertEqual(noGrad.types, ["() throws -> T"])
        XCTAssertEqual(noGrad.returnType, "T")
        let linear = try XCTUnwrap(DeclaredSignature("convenience init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true)"))
        XCTAssertEqual(linear.kind, .initializer)
        XCTAssertEqual(linear.labels, [nil, nil, "bias"])
        XCTAssertEqual(linear.text, "init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true)")
        let seq = try XCTUnwrap(DeclaredSignature("init(_ layers: Module...)"))
        XCTAssertEqual(seq.parameters.map(\.variadic), [true])
        let shape = try XCTUnwrap(DeclaredSignature("var shape: [Int] { get }"))
        XCTAssertEqual(shape.kind, .property)
        XCTAssertEqual(shape.returnType, "[Int]")
        XCTAssertNil(DeclaredSignature("static func + (a: Tensor, b: Tensor) -> Tensor"), "operators are not checked through declarations")
    }

    private func rejectedBeforeTheRun(_ code: String, line: Int, column: Int, saying message: String, note: String? = nil,
                                      file: StaticString = #filePath, at: UInt = #line) {
        let r = runLesson(["print(\"start\")\n" + code])
        XCTAssertEqual(r.text, "", "the cell ran before the error was found", file: file, line: at)
        guard let e = r.errors.first else { return XCTFail("no error for \(code)", file: file, line: at) }
        XCTAssertEqual(e.location?.line, line, e.formatted, file: file, line: at)
        XCTAssertEqual(e.location?.column, column, e.formatted, file: file, line: at)
        XCTAssertTrue(e.message.hasPrefix(message), e.message, file: file, line: at)
        if let note { XCTAssertTrue(e.message.contains(note), e.message, file: file, line: at) }
    }

    func testAWrongArgumentToTheLibraryIsAnErrorBeforeTheCellRuns() {
        rejectedBeforeTheRun("let t = Tensor.zeros(\"a\")", line: 2, column: 22,
                             saying: "cannot convert value of type 'String' to expected argument type '[Int]'",
                             note: "note: declared as static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor")
        rejectedBeforeTheRun("let layer = Linear(2.5, 3)", line: 2, column: 20,
                             saying: "cannot convert value of type 'Double' to expected argument type 'Int'",
                             note: "init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true)")
        rejectedBeforeTheRun("let w = 0.5\nlet t = Tensor.ones([2, 2])\nprint(t.sum(axis: w))", line: 4, column: 19,
                             saying: "cannot convert value of type 'Double' to expected argument type 'Int'",
                             note: "func sum(axis: Int, keepDims: Bool = false) -> Tensor")
        rejectedBeforeTheRun("let t = Tensor(\"abc\")", line: 2, column: 15, saying: "no exact matches in call to initializer",
                             note: "note: candidate expects value of type '[Double]' for parameter #1 (got 'String')")
        rejectedBeforeTheRun("let layer = Linear(3)", line: 2, column: 21, saying: "missing argument for parameter #2 in call")
        rejectedBeforeTheRun("let model = Sequential(Linear(2, 3), \"relu\")", line: 2, column: 38,
                             saying: "cannot convert value of type 'String' to expected argument type 'Module'")
    }

    func testDeclaredResultTypesReachLaterChecks() {
        // `t` is a Tensor by Tensor.ones's declaration, `item` a Double by its own.
        rejectedBeforeTheRun("let t = Tensor.ones([2])\nlet n: Int = t.sum().item", line: 3, column: 22,
                             saying: "cannot convert value of type 'Double' to specified type 'Int'")
        rejectedBeforeTheRun("let layer = Linear(2, 3)\nlet k: String = layer.weight.shape", line: 3, column: 30,
                             saying: "cannot convert value of type '[Int]' to specified type 'String'")
    }

    func testCallsTheDeclarationsTakeStillRun() {
        let r = runClean(["""
        let labels = [0, 2, 1]
        let t = Tensor(labels)
        let layer = Linear(3, 2)
        let x = Tensor.ones([4, 3])
        let n = 2
        let s = x.sum(axis: n - 1)
        let model = Sequential(layer, ReLU(), Linear(2, 1))
        print(t.scalars, s.shape, model(x).shape, Tensor.full([2], 7).scalars, pow(x, 2).shape)
        let total: Double = x.sum().item
        let rows: Int = x.shape[0]
        print(total, rows, Tensor(2).item, Tensor([[1, 2], [3, 4]]).shape)
        """])
        XCTAssertEqual(r.text, "[0.0, 2.0, 1.0] [4] [4, 1] [7.0, 7.0] [4, 3]\n12.0 4 2.0 [2, 2]\n")
    }

    // MARK: LANGUAGE.md §3 and the declarations agree

    private var languageDoc: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/LANGUAGE.md"), encoding: .utf8)) ?? ""
    }

    /// Each declaration's name: a function's or method's, a property's, an initialiser's type.
    private func declaredName(_ owner: String, _ text: String) -> String? {
        guard let d = DeclaredSignature(text) else { return nil }
        return d.kind == .initializer ? owner : d.name
    }

    /// Every function, method, property and type the library binds is named in LANGUAGE.md
    /// (calling a value, `callAsFunction`, is described once for all layers and losses).
    func testLANGUAGEmdNamesEveryDeclaration() {
        let doc = languageDoc
        XCTAssertFalse(doc.isEmpty)
        var missing: [String] = []
        for (owner, text) in LibrarySignatures.all {
            guard let name = declaredName(owner, text), name != "callAsFunction", name != "lessonCellBoundary" else { continue }
            let pattern = "\\b" + NSRegularExpression.escapedPattern(for: name) + "\\b"
            if doc.range(of: pattern, options: .regularExpression) == nil { missing.append(owner.isEmpty ? name : owner + "." + name) }
        }
        XCTAssertEqual(missing, [], "declared in LessonKit and bound, but not in docs/LANGUAGE.md")
    }

    /// Every call LANGUAGE.md §3 shows (`Tensor.zeros(`, `t.sum(`, `Linear(`) is declared,
    /// so the language reference names nothing the library lacks.
    func testEveryCallInLANGUAGEmdSection3IsDeclared() throws {
        let doc = languageDoc
        let start = try XCTUnwrap(doc.range(of: "## 3. The tensor library")), end = try XCTUnwrap(doc.range(of: "## 4. "))
        let section = String(doc[start.upperBound..<end.lowerBound])
        let declared = Set(LibrarySignatures.all.compactMap { declaredName($0.owner, $0.declaration) })
        // Names of values in the examples, called as functions: a model, a layer, a bag.
        let exampleValues: Set<String> = ["model", "Model", "bag", "l1", "l2", "mha"]
        let spans = try NSRegularExpression(pattern: "`([^`]+)`").matches(in: section, range: NSRange(section.startIndex..., in: section))
            .compactMap { Range($0.range(at: 1), in: section).map { String(section[$0]) } }
        let call = try NSRegularExpression(pattern: "\\b([A-Za-z_][A-Za-z0-9_]*)\\(")
        var named: Set<String> = [], unknown: Set<String> = []
        for span in spans {
            for m in call.matches(in: span, range: NSRange(span.startIndex..., in: span)) {
                guard let r = Range(m.range(at: 1), in: span) else { continue }
                let name = String(span[r])
                named.insert(name)
                if !declared.contains(name) && !exampleValues.contains(name) { unknown.insert(name) }
            }
        }
        XCTAssertGreaterThan(named.count, 60, "the section's calls were read")
        XCTAssertEqual(unknown.sorted(), [], "LANGUAGE.md §3 shows calls no declaration has")
    }
}
