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

    /// The declarations the interpreter checks calls against are LessonKit's, as they are now.
    func testTheLibrarySignaturesAreLessonKitsDeclarations() throws {
        let api = try LessonKitSymbols.extract()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("Sources/Prelude/LibrarySignatures.swift")
        if ProcessInfo.processInfo.environment["UPDATE_SIGNATURES"] == "1" {
            try api.signaturesFile.write(to: file, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(committed, api.signaturesFile, "Sources/Prelude/LibrarySignatures.swift is out of date: run UPDATE_SIGNATURES=1 swift test --filter APIParityTests")
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
    /// Each function, method, initialiser and property as LessonKit declares it, with the
    /// type it belongs to ("" for a free function).
    var declarations: [(owner: String, member: String, text: String)] = []

    /// Sources/Prelude/LibrarySignatures.swift as these declarations make it: the
    /// declaration of each binding (LibraryDeclarations), where LessonKit declares it.
    var signaturesFile: String {
        // A subclass has its superclasses' members (the interpreter binds some on each type).
        var all = declarations
        for type in types.sorted() {
            for ancestor in ancestors(of: type) {
                let own = Set(all.filter { $0.owner == type }.map(\.text))
                all += declarations.filter { $0.owner == ancestor && !own.contains($0.text) && !$0.text.hasPrefix("init(") }
                    .map { (type, $0.member, $0.text) }
            }
        }
        let bound = Set(LibraryDeclarations.all.compactMap { d -> String? in
            switch d.kind {
            case .function, .initializer, .method, .staticMethod: return (d.type ?? "") + "." + d.swiftName
            case .property: return (d.type ?? "") + "." + d.name
            default: return nil
            }
        })
        all = all.filter { bound.contains($0.owner + "." + $0.member) }
        let lines = all.sorted { ($0.owner, $0.text) < ($1.owner, $1.text) }.map { d in
            "        (\"\(d.owner)\", #\"\(d.text)\"#),"
        }
        return """
        // Generated from LessonKit's symbol graph: `UPDATE_SIGNATURES=1 swift test --filter APIParityTests`
        // writes it, and APIParityTests fails when it differs from what LessonKit declares.

        /// The library's functions, methods, initialisers and properties in Swift's syntax, as
        /// LessonKit (the same API as a compiled Swift library) declares them, each with the type
        /// it belongs to ("" for a free function). The Prelude hands them to its library, whose
        /// checks before a cell runs read their parameter and result types.
        enum LibrarySignatures {
            static let all: [(owner: String, declaration: String)] = [
        \(lines.joined(separator: "\n"))
            ]
        }

        """
    }

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

    func ancestors(of type: String) -> [String] {
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
                struct Fragment: Decodable { let spelling: String }
                let kind: Kind
                let identifier: Identifier
                let pathComponents: [String]
                let declarationFragments: [Fragment]?
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
                if ["swift.func", "swift.method", "swift.type.method", "swift.init", "swift.property"].contains(kind),
                   let fragments = s.declarationFragments {
                    api.declarations.append((owner, s.pathComponents.last ?? "", fragments.map(\.spelling).joined()))
                }
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
