import XCTest
@testable import Script

/// ASTWalk.swift: one walk reaches every expression of a program, wherever the syntax puts
/// it, and the passes built on it (closure detection, the structural checks) see them all.
final class ASTWalkTests: XCTestCase {
    private func parse(_ code: String) throws -> [Stmt] {
        try Parser(tokens: Lexer(code).tokenize()).parseProgram()
    }

    /// Every place an expression can stand names `probe`; the walk finds each one.
    func testTheWalkReachesEveryPlaceAnExpressionCanStand() throws {
        let program = try parse("""
        let a = probe
        var b: Int { probe }
        func f(_ x: Int = probe) -> Int { return probe }
        if probe, let c = probe, case 1 = probe { print(probe) } else { probe }
        guard probe else { throw probe }
        while probe { probe += probe }
        repeat { probe } while probe
        for i in probe where probe { defer { probe }; probe }
        switch probe { case probe: probe; case let x where probe: probe; default: probe }
        do { probe } catch E.x(probe) where probe { probe }
        outer: for _ in probe { probe }
        let g = { probe }()
        let s = "\\(probe) \\([probe: probe]) \\((probe, probe)) \\(probe ? probe : probe) \\(probe[probe]) \\(probe!.m) \\(-probe)"
        struct T { var v = probe; lazy var w = probe; subscript(i: Int) -> Int { probe } }
        """)
        var found = 0
        ASTWalk.statements(program) { e in
            if case .name("probe") = e.kind { found += 1 }
            return false
        }
        XCTAssertEqual(found, 48, "every `probe` in the program")
        var withoutDeclarations = 0
        ASTWalk.statements(program, intoDeclarations: false) { e in
            if case .name("probe") = e.kind { withoutDeclarations += 1 }
            return false
        }
        XCTAssertEqual(withoutDeclarations, 48 - 2 - 3, "a function's default and body and a type's members are left out")
    }

    func testAClosureIsFoundWhereverItIs() throws {
        XCTAssertTrue(containsClosure(try parse("if xs.contains(where: { $0 > 1 }) { }")))
        XCTAssertTrue(containsClosure(try parse("switch x { case 1: print(\"\\(xs.map { $0 })\") default: break }")))
        XCTAssertTrue(containsClosure(try parse("var total: Int { 1 }")))
        XCTAssertFalse(containsClosure(try parse("struct S { func f() { _ = { 1 } } }\nlet a = 1 + 2")))
    }
}
