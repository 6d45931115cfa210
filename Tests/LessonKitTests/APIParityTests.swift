import Foundation
import Prelude
import XCTest

/// LessonKit and the interpreter's library cannot drift apart: every binding the Prelude
/// registers (LibraryDeclarations: functions, types, initialisers, methods, properties,
/// operators, subscripts, with their argument labels) must be a public declaration of
/// LessonKit, as its symbol graph (swift-symbolgraph-extract on the built module) lists it.
final class APIParityTests: XCTestCase {
    func testLessonKitDeclaresEveryPreludeBinding() throws {
        let api = try LessonKitSymbols.extract()
        let missing = LibraryDeclarations.all.filter { !api.declares($0) }
        XCTAssertTrue(missing.isEmpty, "LessonKit lacks \(missing.count) of the Prelude's bindings:\n" + missing.map { "  \($0)" }.joined(separator: "\n"))
    }

    /// The comparison itself can fail: a binding LessonKit does not have is reported.
    func testAMissingBindingIsFound() throws {
        let api = try LessonKitSymbols.extract()
        let made = LibraryDeclarations.Declaration(kind: .method, type: "Tensor", name: "sum", labels: ["axes"], superType: nil)
        XCTAssertFalse(api.declares(made))
        let type = LibraryDeclarations.Declaration(kind: .type, type: nil, name: "Linear", labels: [], superType: "Optimizer")
        XCTAssertFalse(api.declares(type))
    }
}

/// LessonKit's public declarations, read from its symbol graph.
struct LessonKitSymbols {
    /// Member names (`zeros(_:requiresGrad:)`, `shape`, `+(_:_:)`) by type name; "" for free functions.
    var members: [String: Set<String>] = [:]
    /// Each class's superclass, by name (generic arguments dropped).
    var superclass: [String: String] = [:]
    /// Types conforming to Sequence.
    var sequences: Set<String> = []
    var types: Set<String> = []

    func declares(_ d: LibraryDeclarations.Declaration) -> Bool {
        switch d.kind {
        case .type:
            guard types.contains(d.name) else { return false }
            guard let wanted = d.superType else { return true }
            return ancestors(of: d.name).contains(wanted)
        case .function:
            return members[""]?.contains(d.swiftName) ?? false
        case .initializer, .method, .staticMethod:
            return has(d.type, d.swiftName)
        case .property:
            return has(d.type, d.name)
        case .binaryOperator, .compoundAssignment:
            return has(d.type, d.name + "(_:_:)")
        case .prefixOperator:
            return has(d.type, d.name + "(_:)")
        case .subscript:
            return lineage(d.type).contains { members[$0]?.contains { $0.hasPrefix("subscript(") } ?? false }
        case .sequence:
            return lineage(d.type).contains { sequences.contains($0) }
        }
    }

    /// True when `type` or a superclass declares `member`.
    private func has(_ type: String?, _ member: String) -> Bool {
        lineage(type).contains { members[$0]?.contains(member) ?? false }
    }

    private func lineage(_ type: String?) -> [String] {
        guard let type else { return [""] }
        return [type] + ancestors(of: type)
    }

    private func ancestors(of type: String) -> [String] {
        var out: [String] = []
        var t = superclass[type]
        while let s = t, !out.contains(s) { out.append(s); t = superclass[s] }
        return out
    }

    /// Runs swift-symbolgraph-extract on the LessonKit module this test was built with.
    static func extract() throws -> LessonKitSymbols {
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let modules = [binaries.appendingPathComponent("Modules"), binaries].first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("LessonKit.swiftmodule").path)
        }
        guard let modules else { throw Failure("LessonKit.swiftmodule is not beside \(binaries.path); build with swift build --build-tests") }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lessonkit-symbols-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        #if arch(arm64)
        let arch = "aarch64"
        #else
        let arch = "x86_64"
        #endif
        #if os(macOS)
        let triple = "\(arch == "aarch64" ? "arm64" : arch)-apple-macosx13.0"
        #else
        let triple = "\(arch)-unknown-linux-gnu"
        #endif
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift-symbolgraph-extract", "-module-name", "LessonKit", "-target", triple,
                             "-I", modules.path, "-minimum-access-level", "public", "-output-dir", output.path]
            + ["CBLAS", "CSleef", "CMarkGFM", "CLibCrypto"].flatMap { ["-I", root.appendingPathComponent("Sources/\($0)").path] }
        let log = output.appendingPathComponent("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        try process.run()
        process.waitUntilExit()
        let graph = output.appendingPathComponent("LessonKit.symbols.json")
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: graph) else {
            throw Failure("swift-symbolgraph-extract failed: " + ((try? String(contentsOf: log, encoding: .utf8)) ?? ""))
        }
        return try parse(data)
    }

    static func parse(_ data: Data) throws -> LessonKitSymbols {
        struct Graph: Decodable {
            struct Symbol: Decodable {
                struct Kind: Decodable { let identifier: String }
                struct Identifier: Decodable { let precise: String }
                let kind: Kind
                let identifier: Identifier
                let pathComponents: [String]
            }
            struct Relationship: Decodable {
                let kind: String
                let source: String
                let target: String
                let targetFallback: String?
            }
            let symbols: [Symbol]
            let relationships: [Relationship]
        }
        let graph = try JSONDecoder().decode(Graph.self, from: data)
        var api = LessonKitSymbols()
        var names: [String: String] = [:]
        for s in graph.symbols {
            names[s.identifier.precise] = s.pathComponents.joined(separator: ".")
            let kind = s.kind.identifier
            if ["swift.class", "swift.struct", "swift.enum", "swift.protocol"].contains(kind) {
                api.types.insert(s.pathComponents.joined(separator: "."))
            } else {
                let owner = s.pathComponents.dropLast().joined(separator: ".")
                api.members[owner, default: []].insert(s.pathComponents.last ?? "")
            }
        }
        for r in graph.relationships {
            guard let source = names[r.source] else { continue }
            if r.kind == "inheritsFrom", let target = names[r.target] ?? r.targetFallback {
                api.superclass[source] = String(target.split(separator: "<")[0]).components(separatedBy: ".").last
            }
            if r.kind == "conformsTo", r.target == "s:ST" || r.targetFallback == "Swift.Sequence" {
                api.sequences.insert(source)
            }
        }
        return api
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }
}
