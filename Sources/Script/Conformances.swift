import Foundation

// What a lesson type's conformances change in how its values behave: `print` shows a
// `CustomStringConvertible`'s `description`, and operators declared as `static func`
// (`+`, `==`, `<`) apply to its values, with `!=` derived from `==` and `>`, `<=`, `>=`
// from `<`, as Swift's Equatable and Comparable derive them.

/// Swift's `Hasher` as a lesson's `hash(into:)` sees it: it records what is combined.
final class HasherObject: NativeObject {
    var combined: [Value] = []
}

/// `Hasher`'s one method a lesson calls, `combine(_:)`.
let hasherType: NativeType = {
    let t = NativeLibrary().addType("Hasher")
    t.addMethod("combine", ["_"]) { c in
        if case .native(let n) = c.receiver, let h = n as? HasherObject { h.combined.append(c[0]) }
        return .void
    }
    return t
}()

extension NativeContext {
    /// The session whose cell is running on this thread (see `ScriptSession.run`).
    static var running: NativeContext? {
        get { Thread.current.threadDictionary["lesson.runningContext"] as? NativeContext }
        set { Thread.current.threadDictionary["lesson.runningContext"] = newValue }
    }

    /// The values a struct's `hash(into:)` combines.
    static func combinedHashValues(_ v: Value, _ o: ScriptInstance) throws -> [Value] {
        guard let ctx = running, let p = o.cls.findMethods("hash")?.first(where: { $0.labels == ["into"] }) else { return o.fields }
        let hasher = HasherObject(type: hasherType)
        _ = try ctx.invokeMethod(p, on: v, [.native(hasher)], labels: ["into"])
        ctx.inoutResults = []
        return hasher.combined
    }

    /// The `description` of a value whose type conforms to `CustomStringConvertible`.
    func customDescription(_ v: Value, _ o: ScriptInstance) -> String? {
        guard o.cls.isKind(of: "CustomStringConvertible"), let g = o.cls.findComputed("description") else { return nil }
        guard let r = try? invokeMethod(g.get, on: v), case .string(let s) = r else { return nil }
        return s
    }

    /// The protocol extension's default that is `value`'s witness for `name`, when the type
    /// that declared the conformance (or a superclass of it) has no method of its own by that
    /// name: then a subclass's method of the same name does not replace it, as in Swift.
    func protocolDefaultWitness(_ value: Value, _ p: ScriptClass, _ name: String) -> FunctionProto? {
        guard case .instance(let o) = value.unboxed else { return nil }
        var conformer: ScriptClass? = o.cls
        while let k = conformer, !k.protocols.contains(where: { $0 === p || $0.isKind(of: p.name) }) { conformer = k.superclass }
        guard let c = conformer, c !== o.cls else { return nil }
        var k: ScriptClass? = c
        while let x = k {
            if x.methods[name] != nil { return nil }
            k = x.superclass
        }
        return p.findMethods(name)?.first
    }

    /// `a op b` through a `static func op` of either operand's lesson type; nil when
    /// neither type declares it (or a form it derives from).
    /// Bit 0 of `literalMask`: `a` is an integer literal; bit 1: `b` is.
    func userOperator(_ op: String, _ a: Value, _ b: Value, literalMask: UInt64) throws -> Value? {
        guard let c = lessonClass(of: a) ?? lessonClass(of: b) else { return nil }
        let swapped = (literalMask & 1) << 1 | (literalMask & 2) >> 1
        if let r = try callStaticOperator(c, op, [a, b], literalMask) { return r }
        switch op {
        case "!=":
            if case .bool(let x)? = try callStaticOperator(c, "==", [a, b], literalMask) { return .bool(!x) }
        case ">": if let r = try callStaticOperator(c, "<", [b, a], swapped) { return r }
        case "<=":
            if case .bool(let x)? = try callStaticOperator(c, "<", [b, a], swapped) { return .bool(!x) }
        case ">=":
            if case .bool(let x)? = try callStaticOperator(c, "<", [a, b], literalMask) { return .bool(!x) }
        default: break
        }
        return try synthesisedComparison(op, a, b)
    }

    /// `<` and friends on an enum declared `Comparable` without its own `<`: cases compare
    /// in declaration order, then their associated values, as Swift synthesises it.
    private func synthesisedComparison(_ op: String, _ a: Value, _ b: Value) throws -> Value? {
        guard ["<", "<=", ">", ">="].contains(op), case .structValue(let x) = a.unboxed, case .structValue(let y) = b.unboxed,
              x.cls === y.cls, x.cls.isEnum, x.cls.isKind(of: "Comparable") else { return nil }
        let less = op.hasPrefix("<") ? (x, y) : (y, x)
        var result = less.0.caseIndex < less.1.caseIndex
        if less.0.caseIndex == less.1.caseIndex {
            result = false
            for (p, q) in zip(less.0.fields, less.1.fields) where valuesEqual(p, q) != true {
                result = try binaryOperation("<", p, q, literalMask: 0) == .bool(true)
                break
            }
            if op.count == 2 && zip(x.fields, y.fields).allSatisfy({ valuesEqual($0, $1) == true }) { return .bool(true) }
        }
        return .bool(result)
    }

    /// `-v` through a `static prefix func -`.
    func userPrefixOperator(_ op: String, _ a: Value) throws -> Value? {
        guard let c = lessonClass(of: a) else { return nil }
        return try callStaticOperator(c, op, [a], 0)
    }

    /// Calls the type's `static func op` taking `args.count` operands; nil when it has none.
    private func callStaticOperator(_ c: ScriptClass, _ op: String, _ args: [Value], _ literalMask: UInt64) throws -> Value? {
        // Overloads by operand types (`static func * (Mat2, Mat2)` beside `(Mat2, [Double])`).
        guard let candidates = c.findStaticMethods(op)?.filter({ $0.labels.count == args.count }), let first = candidates.first else { return nil }
        let p = candidates.first { p in
            zip(args, p.paramTypes).enumerated().allSatisfy { k, pair in
                guard let t = pair.1 else { return true }
                // An integer literal operand takes a Double parameter's type.
                if case .int = pair.0, t.numberName == "Double", literalMask & (1 << UInt64(k)) != 0 { return true }
                return typeMatches(pair.0.unboxed, t)
            }
        } ?? first
        return try invokeMethod(p, on: .type(TypeValue(name: c.name, scriptClass: c)), args, literalMask: literalMask)
    }

    private func lessonClass(of v: Value) -> ScriptClass? {
        switch v {
        case .instance(let o), .structValue(let o): return o.cls
        case ._box(let b): return lessonClass(of: b.value)
        default: return nil
        }
    }
}
