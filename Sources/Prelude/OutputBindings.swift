// What a cell shows besides printed text (LANGUAGE.md §4): `display(_:)`, `table(_:_:)`,
// `table(_:header:)`, `markdown(_:)`, and `progress(_:)` around a loop's sequence.

import Foundation
import Script
import TensorEngine

/// A sequence wrapped by `progress(_:)`: iterates like the sequence and reports how far it is.
/// An Int range stays a range (walked lazily, so `progress(0..<Int.max)` costs nothing
/// until the loop runs); other sequences are collected.
final class ProgressObject: NativeObject {
    /// The elements, or nil for a range (`range`).
    let elements: [Value]?
    let range: Value?
    let total: Int

    init(_ elements: [Value], type: NativeType) {
        self.elements = elements
        self.range = nil
        self.total = elements.count
        super.init(type: type)
    }

    init(range: Value, count: Int, type: NativeType) {
        self.elements = nil
        self.range = range
        self.total = count
        super.init(type: type)
    }
}

extension Prelude {
    func bindOutputs() {
        let lib = library
        let figure = figureType

        lib.function("display", ["_"]) { call in
            if case .native(let n) = call[0], let f = n as? FigureObject, n.nativeType.isSubtype(of: figure) {
                try call.context.emit(.chart(try chart(f.figure)))
            } else {
                try call.context.emit(.value(call.context.displayValue(call[0])))
            }
            return .void
        }

        lib.function("markdown", ["_"]) { call in
            try call.context.emit(.markdown(try call.string(0)))
            return .void
        }

        // table(["x", "y"], [[1, 2.5], [2, 3.5]])
        lib.function("table", ["_", "_"]) { call in
            let header = try call[0].asArray().map { tableCellText($0, call.context) }
            let rows = try call[1].asArray().enumerated().map { i, row -> [String] in
                guard case .array(let cells) = row else {
                    throw ScriptError("table: row \(i) must be an array of cells, not '\(row.typeName)'")
                }
                guard cells.count == header.count else {
                    throw ScriptError("table: row \(i) has \(cells.count) cells but the header has \(header.count)")
                }
                return cells.map { tableCellText($0, call.context) }
            }
            try call.context.emit(.table(TableOutput(header: header, rows: rows)))
            return .void
        }
        // table(t, header: ["x", "y"]): a vector is one row, a matrix one row per row.
        lib.function("table", [.typed("Tensor"), Param("header", default: Value.null)]) { call in
            let t = try tensorArgument(call[0])
            let rows = try translatingErrors { try t.rows() }.map { $0.map(tableNumberText) }
            let columns = rows.first?.count ?? 0
            let header: [String]
            if let h = call.optional(1) {
                header = try h.asArray().map { tableCellText($0, call.context) }
                guard header.count == columns else {
                    throw ScriptError("table: the header has \(header.count) names but the tensor (shape \(shapeText(t.shape))) has \(columns) columns")
                }
            } else {
                header = (0..<columns).map(String.init)
            }
            try call.context.emit(.table(TableOutput(header: header, rows: rows)))
            return .void
        }
        bindProgress()
    }

    /// `progress(_:)`: a sequence that reports how far a loop over it has come.
    private func bindProgress() {
        let lib = library
        let progress = lib.addType("Progress")
        lib.function("progress", ["_"]) { call in
            if case .range(let r) = call[0], let count = r.intCount {
                return .native(ProgressObject(range: call[0], count: count, type: progress))
            }
            return .native(ProgressObject(try elements(of: call[0], call.context), type: progress))
        }
        progress.iterates { v, context in
            guard case .native(let n) = v, let p = n as? ProgressObject else { return { nil } }
            let total = p.total
            let next: NativeIterator
            if let items = p.elements {
                var k = 0
                next = {
                    guard k < items.count else { return nil }
                    k += 1
                    return items[k - 1]
                }
            } else {
                next = try context.iterator(over: p.range!)
            }
            // A report per percent is plenty for a bar; a report per element would cost more
            // than a short loop body.
            let step = Swift.max(1, total / 100)
            var i = 0
            context.reportProgress(ProgressUpdate(completed: 0, total: total))
            return {
                if i > 0 && (i % step == 0 || i == total) {
                    context.reportProgress(ProgressUpdate(completed: i, total: total))
                }
                guard i < total, let x = try next() else { return nil }
                i += 1
                return x
            }
        }
        progress.describe = { v in
            guard case .native(let n) = v, let p = n as? ProgressObject else { return "Progress()" }
            return "Progress(\(p.total) items)"
        }
        progress.property("count") { call in .int(try call.receiver.asNative(ProgressObject.self, expected: "Progress").total) }
    }
}

/// A value as a table cell: numbers (Double, a one-element tensor) as `tableNumberText`
/// writes them, anything else as it prints.
func tableCellText(_ v: Value, _ context: NativeContext) -> String {
    switch v {
    case .double(let x): return tableNumberText(x)
    default:
        if let t = tensorOf(v), t.count == 1 { return tableNumberText(Double(t.floats[0])) }
        return context.describe(v)
    }
}

/// A number as a table writes it (`TableOutput.numberText`, shared with compiled lessons).
func tableNumberText(_ x: Double) -> String {
    TableOutput.numberText(x)
}

/// The elements `for x in v` visits, for a sequence the Prelude can walk: arrays, integer
/// ranges, strings, dictionaries, tensors (their first axis) and native iterables.
func elements(of v: Value, _ context: NativeContext) throws -> [Value] {
    switch v {
    case .array(let a): return a
    case .range(let r):
        guard let b = r.intBounds else {
            if case .int? = r.lower, r.upper == nil { throw ScriptError("progress: the range has no end") }
            throw ScriptError("progress: expected a sequence, got '\(v.typeName)'")
        }
        try context.checkAllocation(count: b.count, itemBytes: MemoryLayout<Value>.stride, what: "progress")
        return b.map { .int($0) }
    case .string(let s): return s.map { .character($0) }
    case .dictionary(let d):
        return zip(d.keys, d.values).map { .makeTuple([$0, $1], labels: ["key", "value"]) }
    case .native(let n):
        if let t = tensorOf(v) {
            guard t.rank > 0 else { throw ScriptError("progress: cannot iterate a scalar tensor") }
            return try (0..<t.shape[0]).map { i in try translatingErrors { .native(TensorObject(try t.indexed([.index(i)]), type: n.nativeType)) } }
        }
        var type: NativeType? = n.nativeType
        while let c = type {
            if let make = c.makeIterator {
                let next = try make(v, context)
                var out: [Value] = []
                while let x = try next() { out.append(x) }
                return out
            }
            type = c.superType
        }
        throw ScriptError("progress: value of type '\(v.typeName)' is not a sequence")
    default:
        throw ScriptError("progress: value of type '\(v.typeName)' is not a sequence")
    }
}
