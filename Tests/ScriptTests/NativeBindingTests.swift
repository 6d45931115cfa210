import XCTest
import Script

/// A toy native type bound through the public API, as the Prelude binds Tensor and Module.
final class NativeBindingTests: XCTestCase {
    final class Counter { var count: Double; init(_ c: Double) { count = c } }

    func makeLibrary() -> NativeLibrary {
        let lib = NativeLibrary()
        let module = lib.addType("Module")
        module.addInit([]) { _ in .native(NativeBox(Counter(0), type: module)) }
        module.addMethod("parameters", []) { call in
            let found = call.receiver.reachableNativeObjects().compactMap { $0 as? NativeBox<Counter> }.filter { $0.nativeType.name == "Counter" }
            return .array(found.map { .native($0) })
        }
        let counter = lib.addType("Counter")
        func box(_ v: Value) throws -> Counter { try v.asPayload(Counter.self, expected: "Counter") }
        func make(_ d: Double) -> Value { .native(NativeBox(Counter(d), type: counter)) }
        counter.addInit([Param("_", default: 0)]) { call in make(try call.double(0)) }
        counter.addInit(["like"]) { call in make(try box(call[0]).count) }
        counter.addStaticMethod("zeros", []) { _ in make(0) }
        counter.addProperty("count", get: { call in .double(try box(call.receiver).count) },
                            set: { call in try box(call.receiver).count = try call.double(0); return .void })
        counter.addMethod("sum", []) { call in .double(try box(call.receiver).count) }
        counter.addMethod("sum", ["axis", Param("keepDims", default: false)]) { call in
            .string("axis \(try call.int(0)) keep \(try call.bool(1))")
        }
        counter.addMethod("callAsFunction", ["_"]) { call in make(try box(call.receiver).count + (try call.double(0))) }
        counter.addSubscript(get: { call in .string(call.arguments.map { call.context.describe($0) }.joined(separator: "|")) })
        counter.addOperator("*") { a, b in
            switch (a, b) {
            case (.native, .native): return make(try box(a).count * box(b).count)
            case (.native, _): return make(try box(a).count * b.asDouble())
            default: return make(try a.asDouble() * box(b).count)
            }
        }
        counter.addPrefixOperator("-") { a in make(-(try box(a).count)) }
        counter.addCompoundAssignment("-=") { a, b in try box(a).count -= try box(b).count }
        counter.describe = { v in "Counter(\((try? box(v).count) ?? 0))" }
        counter.display = { v in DisplayValue(text: "Counter!", typeName: "Counter", grid: Grid(shape: [1], rows: [["\((try? box(v).count) ?? 0)"]])) }
        counter.makeIterator = { v, _ in
            var i = 0
            let n = Int(try box(v).count)
            return { i += 1; return i <= n ? .makeTuple([.int(i), .int(i * i)]) : nil }
        }
        lib.addFunction("noGrad", ["_"]) { call in try call.context.call(call[0], []) }
        lib.addFunction("loss", ["_", Param("reduction", default: .symbol("mean"))]) { call in .string(try call[0].asSymbol() + "/" + (try call[1].asSymbol())) }
        lib.addFunction("pair", []) { _ in .makeTuple([1, 2.5]) }
        lib.addFunction("exp", [Param("_", type: "Counter")]) { call in make(Foundation.exp(try box(call[0]).count)) }
        return lib
    }

    func testCounterEndToEnd() {
        let code = """
        let c = Counter(3)
        let z = Counter.zeros()
        let d = Counter(like: c)
        c.count = 4
        print(c, z, d.count, c.sum(), c.sum(axis: 1))
        print(2 * c, c * 0.5, -c, c(1), c[0..<2, ..., -1, 1...])
        let w = c
        w -= Counter(1)
        print(c.count, noGrad { c.count * 2 }, loss(.sum, reduction: .none), exp(Counter(0)), exp(0.0))
        let (a, b) = pair()
        for (i, sq) in Counter(3) { print(i, sq, terminator: " ") }
        print(a, b)
        c
        """
        let r = runCells([code], library: makeLibrary())
        XCTAssertEqual(r.errors.map(\.formatted), [])
        XCTAssertEqual(r.text, """
        Counter(4.0) Counter(0.0) 3.0 4.0 axis 1 keep false
        Counter(8.0) Counter(2.0) Counter(-4.0) Counter(5.0) 0..<2|(Function)|-1|1...
        3.0 6.0 sum/none Counter(1.0) 1.0
        1 1 2 4 3 9 1 2.5

        """)
        XCTAssertEqual(r.outputs.last, .value(DisplayValue(text: "Counter!", typeName: "Counter", grid: Grid(shape: [1], rows: [["3.0"]]))))
    }

    func testLessonClassSubclassesNativeBase() {
        let code = """
        class Model: Module {
            let a = Counter(1)
            let parts = [Counter(2)]
            func forward(_ x: Double) -> Double { x * 2 }
        }
        let m = Model()
        print(m(3.0), m.parameters().count)
        """
        let r = runCells([code], library: makeLibrary())
        XCTAssertEqual(r.errors.map(\.formatted), [])
        XCTAssertEqual(r.text, "6.0 2\n")
    }

    func testMemberTypoSuggestsNearest() {
        let r = runCells(["let c = Counter(1)\nprint(c.cont)"], library: makeLibrary())
        XCTAssertEqual(r.errors.first?.message, "value of type 'Counter' has no member 'cont'\nnote: did you mean 'count'?")
    }
}
