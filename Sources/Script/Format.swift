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
/// Past `ValueWriter.limit` bytes the text is cut and ends in "…" (see `formatChecked`).
func formatNested(_ v: Value, _ ctx: NativeContext?, top: Bool = false) -> String {
    var w = ValueWriter(ctx: ctx)
    w.write(v, top: top)
    if w.truncated { w.out += "…" }
    return w.out
}

/// The text `print` and string interpolation show for `v`; throws when the cell has been
/// stopped while formatting or the text would pass `ValueWriter.limit`.
func formatChecked(_ v: Value, _ ctx: NativeContext) throws -> String {
    switch v {
    case .string(let s): return s
    case .character(let c): return String(c)
    default: break
    }
    var w = ValueWriter(ctx: ctx)
    w.write(v, top: true)
    if w.stopped { throw ctx.stopError() }
    if w.truncated { throw ScriptError("the text of this value is longer than \(ValueWriter.limit >> 20) MB") }
    return w.out
}

/// Writes a value's text into one string, walking nested collections with a stack of its
/// own: the time is linear in the text (appending, never re-copying inner parts) and a
/// value nested a million levels deep needs no native stack. It stops at `limit` bytes
/// and, now and then, looks whether the cell has been stopped.
struct ValueWriter {
    /// The longest text a value may print as (bytes).
    static let limit = 16 << 20
    let ctx: NativeContext?
    var out = ""
    var truncated = false
    var stopped = false

    init(ctx: NativeContext?) { self.ctx = ctx }

    /// Work still to do: a value, fixed text, or the next element of a collection.
    private enum Item {
        case value(Value, top: Bool)
        case text(String)
        case elements([Value], next: Int)
        case pairs(DictionaryValue, next: Int)
        case labelled(TupleValue, next: Int)
        case fields(ScriptInstance, next: Int)
    }

    /// A lesson struct's or enum's text up to its parts, and the parts still to write
    /// (pushed in reverse): `P(x: 1)`, `circle(radius: 2.0)`, or its `description`.
    private mutating func writeLessonValue(_ v: Value, _ o: ScriptInstance, top: Bool) -> [Item] {
        if let d = ctx?.customDescription(v, o) { out += d; return [] }
        // Inside a collection Swift qualifies the type by its module: `main.P(x: 1)`.
        if !top { out += "main." }
        if o.cls.isEnum {
            let info = o.cls.enumCases[o.caseIndex]
            out += (top ? "" : o.cls.name + ".") + info.name
            if o.fields.isEmpty { return [] }
            out += "("
            return [.text(")"), .labelled(TupleValue(o.fields, labels: info.labels), next: 0)]
        }
        out += o.cls.name + "("
        return [.text(")"), .fields(o, next: 0)]
    }

    mutating func write(_ v: Value, top: Bool) {
        var stack: [Item] = [.value(v, top: top)]
        var steps = 0
        while let item = stack.popLast() {
            if out.utf8.count > ValueWriter.limit { truncated = true; return }
            steps &+= 1
            if steps & 1023 == 0, let ctx, ctx.stopRequested { stopped = true; return }
            switch item {
            case .text(let s): out += s
            case .elements(let a, let i):
                guard i < a.count else { continue }
                if i > 0 { out += ", " }
                stack.append(.elements(a, next: i + 1))
                stack.append(.value(a[i], top: false))
            case .pairs(let d, let i):
                guard i < d.count else { continue }
                if i > 0 { out += ", " }
                stack.append(.pairs(d, next: i + 1))
                stack.append(.value(d.values[i], top: false))
                stack.append(.text(": "))
                stack.append(.value(d.keys[i], top: false))
            case .labelled(let t, let i):
                guard i < t.elements.count else { continue }
                if i > 0 { out += ", " }
                if let l = t.labels?[i] { out += l + ": " }
                stack.append(.labelled(t, next: i + 1))
                stack.append(.value(t.elements[i], top: false))
            case .fields(let o, let i):
                guard i < o.fields.count else { continue }
                if i > 0 { out += ", " }
                out += o.cls.fieldNames[i] + ": "
                stack.append(.fields(o, next: i + 1))
                stack.append(.value(o.fields[i], top: false))
            case .value(let v, let top):
                switch v {
                case .void: out += "()"
                case .null: out += "nil"
                case .bool(let b): out += b ? "true" : "false"
                case .int(let i): out += i.description
                case .double(let d): out += d.description
                case .string(let s): out += top ? s : s.debugDescription
                case .character(let c): out += top ? String(c) : String(c).debugDescription
                case .symbol(let s): out += s
                case .array(let a):
                    out += "["
                    stack.append(.text("]"))
                    stack.append(.elements(a, next: 0))
                case .tuple(let t):
                    out += "("
                    stack.append(.text(")"))
                    stack.append(.labelled(t, next: 0))
                case .dictionary(let d):
                    if d.count == 0 { out += "[:]"; continue }
                    out += "["
                    stack.append(.text("]"))
                    stack.append(.pairs(d, next: 0))
                case .range(let r):
                    if r.isFull { out += "(Function)"; continue }
                    let lo = r.lower.map { formatNested($0, ctx) } ?? ""
                    let hi = r.upper.map { formatNested($0, ctx) } ?? ""
                    let text = lo + (r.closed || r.upper == nil ? "..." : "..<") + hi
                    if r.reversed {
                        out += "ReversedCollection<\(v.typeName.dropFirst("ReversedCollection<".count).dropLast())>(_base: \(r.closed ? "ClosedRange" : "Range")(\(text)))"
                    } else {
                        out += text
                    }
                case .function: out += "(Function)"
                case .instance(let o):
                    if let d = ctx?.customDescription(v, o) { out += d; continue }
                    out += o.cls.name
                case .structValue(let o):
                    stack += writeLessonValue(v, o, top: top)
                case .native(let n):
                    if let d = n.nativeType.findDescribe() { out += d(v) } else { out += "\(n.nativeType.name)()" }
                case .type(let t): out += t.name
                case ._box(let b): stack.append(.value(b.value, top: top))
                }
            }
        }
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
