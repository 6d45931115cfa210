import XCTest
@testable import Script

/// Inside a method, a bare name is a local, then a member of `self` (inherited ones
/// included), then a global: Swift's order. These programs print what swiftc's build prints.
final class NameResolutionTests: XCTestCase {
    func testMemberHidesAGlobalOfAnEarlierCell() {
        let r = runCells([
            """
            class Layer { let size: Int; init(_ n: Int) { size = n }; func callAsFunction(_ x: Int) -> Int { x * size } }
            let rnn = Layer(5)
            """,
            """
            class CharModel {
                let rnn = Layer(16)
                func forward(_ x: Int) -> Int { rnn(x) }
            }
            print(CharModel().forward(2), rnn(2))
            """,
        ])
        XCTAssertEqual(r.errors.map(\.message), [])
        XCTAssertEqual(r.text, "32 10\n")
    }

    func testMembersComeBeforeGlobalsInMethodsAndClosures() {
        let r = runCells(["""
        let scale = 100
        func helper() -> Int { 1 }
        var count = 7
        class Counter {
            var count = 0
            let scale = 2
            func bump() { count += 1 }
            func total() -> Int { bump(); return count * scale + helper() + later() }
            func later() -> Int { step }
            var step: Int { 10 }
            func viaClosure() -> [Int] { [1, 2].map { $0 * scale + count + self.scale } }
            func helper() -> Int { 1000 }
        }
        let c = Counter()
        print(c.total(), count, scale)
        print(c.viaClosure())
        struct Box {
            var count = 3
            func doubled() -> Int { count * 2 }
        }
        print(Box().doubled())
        class Base { var scale = 5 }
        class Derived: Base {
            func get() -> Int { scale }
        }
        print(Derived().get())
        """])
        XCTAssertEqual(r.errors.map(\.message), [])
        XCTAssertEqual(r.text, "1012 7 100\n[5, 7]\n6\n5\n")
    }

    func testALocalStillHidesAMember() {
        XCTAssertEqual(output("""
        class A {
            var n = 1
            func f() -> Int { let n = 40; return n + self.n + [1].map { _ in n }[0] }
        }
        print(A().f())
        """), "81\n")
    }
}
