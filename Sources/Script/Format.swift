// How values print: exactly as Swift's `print` and string interpolation show them.
// Numbers use Swift's own `description` (shortest round-tripping digits for Double).

/// The text `print(value)` shows.
func formatValue(_ v: Value, _ ctx: NativeContext?) -> String {
    switch v {
    case .string(let s): return s
    case .character(let c): return String(c)
    default: return formatNested(v, ctx, top: true)
    }
}

/// Elements inside collections print as Swift's `debugDescription` (strings quoted).
func formatNested(_ v: Value, _ ctx: NativeContext?, top: Bool = false) -> String {
    switch v {
    case .void: return "()"
    case .null: return "nil"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return i.description
    case .double(let d): return d.description
    case .string(let s): return top ? s : s.debugDescription
    case .character(let c): return top ? String(c) : String(c).debugDescription
    case .symbol(let s): return s
    case .array(let a):
        return "[" + a.map { formatNested($0, ctx) }.joined(separator: ", ") + "]"
    case .tuple(let t):
        var parts: [String] = []
        for (i, e) in t.elements.enumerated() {
            if let l = t.labels?[i] { parts.append("\(l): \(formatNested(e, ctx))") } else { parts.append(formatNested(e, ctx)) }
        }
        return "(" + parts.joined(separator: ", ") + ")"
    case .dictionary(let d):
        if d.count == 0 { return "[:]" }
        return "[" + zip(d.keys, d.values).map { "\(formatNested($0, ctx)): \(formatNested($1, ctx))" }.joined(separator: ", ") + "]"
    case .range(let r):
        if r.isFull { return "(Function)" }
        let lo = r.lower.map { formatNested($0, ctx) } ?? ""
        let hi = r.upper.map { formatNested($0, ctx) } ?? ""
        return lo + (r.closed || r.upper == nil ? "..." : "..<") + hi
    case .function: return "(Function)"
    case .instance(let o):
        return o.cls.name
    case .structValue(let o):
        let parts = zip(o.cls.fieldNames, o.fields).map { "\($0): \(formatNested($1, ctx))" }
        return "\(o.cls.name)(" + parts.joined(separator: ", ") + ")"
    case .native(let n):
        if let d = n.nativeType.findDescribe() { return d(v) }
        return "\(n.nativeType.name)()"
    case .type(let t): return t.name
    case ._box(let b): return formatNested(b.value, ctx, top: top)
    }
}

/// The text Swift shows for `v` of static type `t`, which says where optionals sit:
/// `[1, nil]` as `[Int?]` shows `[Optional(1), nil]`. Parts typed `Any` print as usual.
func formatShown(_ v: Value, as t: TypeRef, _ ctx: NativeContext?, top: Bool) -> String {
    if case ._box(let b) = v { return formatShown(b.value, as: t, ctx, top: top) }
    switch (t, v) {
    case (.labelled(_, let inner), _): return formatShown(v, as: inner, ctx, top: top)
    case (.optional, .null): return "nil"
    case (.optional(let inner), _): return "Optional(" + formatShown(v, as: inner, ctx, top: false) + ")"
    case (.array(let e), .array(let a)):
        return "[" + a.map { formatShown($0, as: e, ctx, top: false) }.joined(separator: ", ") + "]"
    case (.dictionary(let kt, let vt), .dictionary(let d)) where d.count > 0:
        return "[" + zip(d.keys, d.values).map { formatShown($0, as: kt, ctx, top: false) + ": " + formatShown($1, as: vt, ctx, top: false) }
            .joined(separator: ", ") + "]"
    case (.tuple(let ts), .tuple(let tv)) where ts.count == tv.elements.count:
        var parts: [String] = []
        for (i, e) in tv.elements.enumerated() {
            let s = formatShown(e, as: ts[i], ctx, top: false)
            if let l = tv.labels?[i] { parts.append("\(l): \(s)") } else { parts.append(s) }
        }
        return "(" + parts.joined(separator: ", ") + ")"
    default: return top ? formatValue(v, ctx) : formatNested(v, ctx)
    }
}

/// The display form of a cell's final value or of `display(_:)`.
func makeDisplayValue(_ v: Value, _ ctx: NativeContext?) -> DisplayValue {
    if case .native(let n) = v, let d = n.nativeType.findDisplay() { return d(v) }
    let text = formatValue(v, ctx)
    var grid: Grid? = nil
    if case .array(let rows) = v {
        if rows.allSatisfy({ $0.isNumber }) && !rows.isEmpty {
            grid = Grid(shape: [rows.count], rows: [rows.map { formatNested($0, ctx) }])
        } else if !rows.isEmpty, case .array(let first) = rows[0], !first.isEmpty {
            var cells: [[String]] = []
            var ok = true
            for r in rows {
                guard case .array(let items) = r, items.count == first.count, items.allSatisfy({ $0.isNumber }) else { ok = false; break }
                cells.append(items.map { formatNested($0, ctx) })
            }
            if ok { grid = Grid(shape: [rows.count, first.count], rows: cells) }
        }
    }
    return DisplayValue(text: text, typeName: v.typeName, grid: grid)
}

extension Value {
    var isNumber: Bool {
        switch self {
        case .int, .double: return true
        default: return false
        }
    }
}
