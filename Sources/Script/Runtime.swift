// Run-time dispatch for values whose type is known only when the cell runs: calls of
// function values, methods, subscripts, iteration and `switch` patterns.

extension NativeContext {
    /// Calls a value: a function, a type (construction), or a callable object.
    func callValue(_ f: Value, _ args: [Value], _ labels: [String?], _ mask: UInt64) throws -> Value {
        switch f {
        case .function(let fn):
            switch fn.kind {
            case .script(let p, let caps, let selfValue):
                let base = sp
                if let selfValue { base[0] = selfValue }
                try placeArguments(p, args, labels: labels, literalMask: mask, base: base)
                return try invoke(p, caps, base)
            case .native(let set, let receiver):
                return try callNative(set, receiver: receiver, args: args, labels: labels, literalMask: mask)
            case .enumCase(let c, let i):
                return try makeEnumCase(c, i, args: args, labels: labels, literalMask: mask)
            default:
                return try callFunction(fn, args)
            }
        case .type(let t): return try construct(t, args: args, labels: labels, literalMask: mask)
        case .instance(let o):
            if let ms = o.cls.findMethods("callAsFunction") ?? o.cls.findMethods("forward"), let p = ms.first {
                let base = sp
                base[0] = f
                try placeArguments(p, args, labels: labels, literalMask: mask, base: base)
                return try invoke(p, [], base)
            }
            if let m = o.cls.nativeSuper?.findMethod("callAsFunction") {
                return try callNative(m, receiver: f, args: args, labels: labels, literalMask: mask)
            }
        case .native(let n):
            if let m = n.nativeType.findMethod("callAsFunction") {
                return try callNative(m, receiver: f, args: args, labels: labels, literalMask: mask)
            }
        case ._box(let b): return try callValue(b.value, args, labels, mask)
        default: break
        }
        throw ScriptError("cannot call value of non-function type '\(f.typeName)'")
    }

    /// Whether `value.name(…)` may change `value` (so it is called on the variable itself).
    func needsInPlace(_ v: Value, _ name: String) -> Bool {
        switch v {
        case .array, .dictionary, .string:
            return basicLibrary.type(of: v)?.hasMutatingMethod(name) ?? false || extensionClass(for: v)?.findMethods(name)?.first?.isMutating ?? false
        case .structValue(let o): return o.cls.findMethods(name)?.first?.isMutating ?? false
        default: return extensionClass(for: v)?.findMethods(name)?.first?.isMutating ?? false
        }
    }

    /// `value.name(args)`.
    /// With a `site`, native methods are chosen through the site's cache.
    func callMethod(on v: inout Value, _ name: String, _ args: [Value], _ labels: [String?], _ mask: UInt64, site: NativeCallSite? = nil) throws -> Value {
        switch v {
        case .instance(let o), .structValue(let o):
            if let ms = o.cls.findMethods(name) {
                let p = try pickInitializer(ms, labels: labels, typeName: name, trailingClosure: endsWithFunction(args))
                let base = sp
                base[0] = v
                try placeArguments(p, args, labels: labels, literalMask: mask, base: base)
                let r = try invoke(p, [], base)
                if p.isMutating, case .structValue = v { v = mutatedSelf; mutatedSelf = .void }
                return r
            }
            if let nt = o.cls.nativeSuper, let m = nt.findMethod(name) {
                if let site { return try site.call(m, receiver: v, args: args, self) }
                return try callNative(m, receiver: v, args: args, labels: labels, literalMask: mask)
            }
            if o.cls.fieldIndex[name] != nil || o.cls.findComputed(name) != nil {
                return try callValue(try member(of: v, name), args, labels, mask)
            }
            throw noMember(v, name, o.cls.memberNames)
        case .native(let n):
            if let site, let m = site.method(of: n.nativeType, name) {
                return try site.call(m, receiver: v, args: args, self)
            }
            if let m = n.nativeType.findMethod(name) {
                return try callNative(m, receiver: v, args: args, labels: labels, literalMask: mask)
            }
            if n.nativeType.findProperty(name) != nil { return try callValue(try member(of: v, name), args, labels, mask) }
            if let r = try callExtensionMethod(on: &v, name, args, labels, mask) { return r }
            throw noMember(v, name, n.nativeType.memberNames)
        case .type:
            return try callValue(try member(of: v, name), args, labels, mask)
        default:
            if !typeExtensions.isEmpty, let r = try callExtensionMethod(on: &v, name, args, labels, mask) { return r }
            return try callBasicMethod(&v, name, args, labels, mask, site: site)
        }
    }

    /// swiftc's words for `a[]` (which the fuzzer found trapping on `[:][]`).
    static let missingSubscriptArgument = "missing argument for parameter #1 in subscript"

    /// `base[i…]` read.
    func subscriptGet(_ base: Value, _ idx: [Value], _ labels: [String?]) throws -> Value {
        guard !idx.isEmpty else { throw ScriptError(Self.missingSubscriptArgument) }
        switch base {
        case .array(let a):
            guard idx.count == 1 else { throw ScriptError("array subscript takes one index") }
            if case .int(let k) = idx[0] {
                guard k >= 0 && k < a.count else { throw ScriptError("index out of range: \(k) is not in 0..<\(a.count)") }
                return a[k]
            }
            if case .range(let r) = idx[0] {
                let rr = try r.resolve(count: a.count)
                return .array(Array(a[rr]))
            }
            throw ScriptError("cannot subscript a value of type '\(base.typeName)' with an argument of type '\(idx[0].typeName)'")
        case .dictionary(let d):
            if labels.count == 2 && labels[1] == "default" { return try d.get(idx[0]) ?? idx[1] }
            return try d.get(idx[0]) ?? .null
        case .string(let s):
            if case .range(let r) = idx[0] {
                let chars = Array(s)
                return .string(String(chars[try r.resolve(count: chars.count)]))
            }
            throw ScriptError("'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.")
        case .native(let n):
            guard let g = n.nativeType.findSubscript().0 else { throw ScriptError("value of type '\(base.typeName)' has no subscripts") }
            return try g(NativeCall(receiver: base, arguments: idx, context: self))
        case .tuple(let t):
            throw ScriptError("value of type '\(base.typeName)' has no subscripts; use .0, .1 … for tuple elements (\(t.elements.count) here)")
        case ._box(let b): return try subscriptGet(b.value, idx, labels)
        case .instance(let o), .structValue(let o):
            let sub = try pickSubscript(o.cls, idx, labels, base)
            return try invokeMethod(sub.get, on: base, idx, labels: labels)
        default:
            throw ScriptError("value of type '\(base.typeName)' has no subscripts")
        }
    }

    /// `base[i…] = x`, `base[i] += x`, `base[i].append(x)`: changes the element in place.
    func subscriptModify(_ base: inout Value, _ idx: [Value], _ labels: [String?], _ body: (inout Value) throws -> Void) throws {
        guard !idx.isEmpty else { throw ScriptError(Self.missingSubscriptArgument) }
        // `if case`, not `switch base`: a switch would hold a copy of `base` through the
        // case, and the buffer (never uniquely referenced) would be copied on every change.
        if case .array(var a) = base {
            guard idx.count == 1, case .int(let k) = idx[0] else { throw ScriptError("array element assignment needs one Int index") }
            guard k >= 0 && k < a.count else { throw ScriptError("index out of range: \(k) is not in 0..<\(a.count)") }
            base = .void
            defer { base = .array(a) }
            try body(&a[k])
            return
        }
        if case .dictionary(var d) = base {
            base = .void
            if !isKnownUniquelyReferenced(&d) { d = d.copy() }
            defer { base = .dictionary(d) }
            var v = try d.get(idx[0]) ?? (labels.count == 2 ? idx[1] : .null)
            try body(&v)
            if case .null = v { _ = try d.remove(idx[0]) } else { try d.set(idx[0], v) }
            return
        }
        switch base {
        case .native(let n):
            let (g, s) = n.nativeType.findSubscript()
            guard let g, let s else { throw ScriptError("cannot assign through subscript: '\(base.typeName)' subscript is get-only") }
            var v = try g(NativeCall(receiver: base, arguments: idx, context: self))
            try body(&v)
            _ = try s(NativeCall(receiver: base, arguments: idx + [v], context: self))
        case .instance(let o), .structValue(let o):
            let sub = try pickSubscript(o.cls, idx, labels, base)
            guard let setter = sub.set else { throw ScriptError("cannot assign through subscript: subscript is get-only") }
            var v = try subscriptGet(base, idx, labels)
            try body(&v)
            _ = try invokeMethod(setter, on: base, idx + [v], labels: labels + [nil])
            // A struct's setter is mutating: the changed copy comes back in `mutatedSelf`.
            if case .structValue = base, case .structValue = mutatedSelf { base = mutatedSelf; mutatedSelf = .void }
        default:
            throw ScriptError("cannot assign through subscript of a value of type '\(base.typeName)'")
        }
    }

    /// The lesson type's subscript that takes these labels and index types.
    private func pickSubscript(_ c: ScriptClass, _ idx: [Value], _ labels: [String?], _ base: Value) throws -> (get: FunctionProto, set: FunctionProto?) {
        let all = c.findSubscripts()
        guard !all.isEmpty else { throw ScriptError("value of type '\(base.typeName)' has no subscripts") }
        let labelled = all.filter { $0.get.labels == labels }
        for s in labelled where zip(idx, s.get.paramTypes).allSatisfy({ v, t in t.map { typeMatches(v.unboxed, $0) } ?? true }) { return s }
        return labelled.first ?? all[0]
    }

    /// `m.value = 2` where `value` has observers: the new value is worked out, `willSet`
    /// runs with it, it is stored, and `didSet` runs with the old one, each on `self`.
    func observedModify(_ base: inout Value, _ i: Int, _ observers: PropertyObservers, _ body: (inout Value) throws -> Void) throws {
        guard case .structValue(let o0) = base else {
            guard case .instance(let o) = base else { return }
            let old = o.fields[i]
            var new = old
            try body(&new)
            if let w = observers.willSet { _ = try runObserver(w, on: base, new) }
            o.fields[i] = new
            if let d = observers.didSet { _ = try runObserver(d, on: base, old) }
            return
        }
        let old = o0.fields[i]
        var new = old
        try body(&new)
        if let w = observers.willSet { base = try runObserver(w, on: base, new) }
        if case .structValue(var o) = base {
            base = .void
            if !isKnownUniquelyReferenced(&o) { o = o.copy() }
            o.fields[i] = new
            base = .structValue(o)
        }
        if let d = observers.didSet { base = try runObserver(d, on: base, old) }
    }

    /// Runs an observer on `selfValue`; a struct's comes back changed (its observers mutate).
    private func runObserver(_ p: FunctionProto, on selfValue: Value, _ argument: Value) throws -> Value {
        let b = sp
        b[0] = selfValue
        b[1] = argument
        _ = try invoke(p, [], b)
        guard case .structValue = selfValue, case .structValue = mutatedSelf else { return selfValue }
        let v = mutatedSelf
        mutatedSelf = .void
        return v
    }

    /// `base.name = x` (or any in-place change of a property).
    func modifyMember(_ base: inout Value, _ name: String, observe: Bool = true, _ body: (inout Value) throws -> Void) throws {
        // A struct's fields change in place when only this variable holds it (`if case`:
        // see `subscriptModify`).
        if case .structValue(var o) = base {
            guard let i = o.cls.fieldIndex[name] else {
                // A computed property's setter: a mutating call on the struct.
                guard let c = o.cls.findComputed(name) else { throw noMember(base, name, o.cls.memberNames) }
                guard let s = c.set else { throw ScriptError("cannot assign to property: '\(name)' is a get-only property") }
                var v = try member(of: base, name)
                try body(&v)
                let b = sp
                b[0] = base
                b[1] = v
                _ = try invoke(s, [], b)
                base = mutatedSelf
                mutatedSelf = .void
                return
            }
            if observe, let observers = o.cls.findObservers(name) { return try observedModify(&base, i, observers, body) }
            base = .void
            if !isKnownUniquelyReferenced(&o) { o = o.copy() }
            defer { base = .structValue(o) }
            try body(&o.fields[i])
            return
        }
        switch base {
        case .instance(let o):
            if let i = o.cls.fieldIndex[name] {
                if observe, let observers = o.cls.findObservers(name) { return try observedModify(&base, i, observers, body) }
                try body(&o.fields[i])
                return
            }
            if let c = o.cls.findComputed(name), let s = c.set {
                var v = try member(of: base, name)
                try body(&v)
                let b = sp
                b[0] = base
                b[1] = v
                _ = try invoke(s, [], b)
                return
            }
            if o.cls.findComputed(name) != nil { throw ScriptError("cannot assign to property: '\(name)' is a get-only property") }
            if let nt = o.cls.nativeSuper, let p = nt.findProperty(name), let s = p.set {
                var v = try p.get(NativeCall(receiver: base, arguments: [], context: self))
                try body(&v)
                _ = try s(NativeCall(receiver: base, arguments: [v], context: self))
                return
            }
            throw noMember(base, name, o.cls.memberNames)
        case .native(let n):
            guard let p = n.nativeType.findProperty(name) else { throw noMember(base, name, n.nativeType.memberNames) }
            guard let s = p.set else { throw ScriptError("cannot assign to property: '\(name)' is a get-only property") }
            var v = try p.get(NativeCall(receiver: base, arguments: [], context: self))
            try body(&v)
            _ = try s(NativeCall(receiver: base, arguments: [v], context: self))
        case .type(let t):
            guard let b = t.scriptClass?.findStaticField(name) else { throw ScriptError("type '\(t.name)' has no member '\(name)'") }
            try body(&b.value)
        case .tuple(let t):
            // `q.0 = 9`, `m.lo = 1`: tuples are values; the variable gets a new one.
            guard let i = t.elementIndex(name) else { throw noMember(base, name, (t.labels ?? []).compactMap { $0 }) }
            var elements = t.elements
            try body(&elements[i])
            base = .tuple(TupleValue(elements, labels: t.labels))
        default:
            throw ScriptError("cannot assign to property '\(name)' of a value of type '\(base.typeName)'")
        }
    }

    /// An iterator over any sequence value (for natives that walk a sequence lazily,
    /// as `progress(0..<Int.max)` must).
    public func iterator(over v: Value) throws -> NativeIterator {
        try makeIterator(v, at: 0)
    }

    /// An iterator over any sequence value.
    func makeIterator(_ v: Value, at offset: Int) throws -> NativeIterator {
        switch v {
        case .array(let a):
            var i = 0
            return { if i < a.count { i += 1; return a[i - 1] }; return nil }
        case .range(let r):
            guard let next = r.intIterator() else {
                throw ScriptError("cannot iterate over a range without Int bounds", at: offset)
            }
            return { next().map { .int($0) } }
        case .string(let s):
            var it = s.makeIterator()
            return { it.next().map { .character($0) } }
        case .dictionary(let d):
            let keys = d.keys, values = d.values
            var i = 0
            return {
                if i < keys.count { i += 1; return .tuple(TupleValue([keys[i - 1], values[i - 1]], labels: ["key", "value"])) }
                return nil
            }
        case .native(let n):
            if let mk = n.nativeType.findIterator() { return try mk(v, self) }
        case ._box(let b): return try makeIterator(b.value, at: offset)
        default: break
        }
        throw ScriptError("for-in loop requires '\(v.typeName)' to conform to 'Sequence'", at: offset)
    }

    /// A `switch` case pattern against the subject.
    func patternMatches(_ pattern: Value, _ v: Value, literal: Bool) throws -> Bool {
        if case .range(let r) = pattern {
            var ok = true
            if let lo = r.lower { let c = try binaryOperation("<=", lo, v, literalMask: 0); ok = ok && c == .bool(true) }
            if let hi = r.upper { let c = try binaryOperation(r.closed ? "<=" : "<", v, hi, literalMask: 0); ok = ok && c == .bool(true) }
            return ok
        }
        return try binaryOperation("==", v, pattern, literalMask: literal ? 2 : 0) == .bool(true)
    }

    /// `v is T`.
    func typeMatches(_ v: Value, _ t: TypeRef) -> Bool {
        switch t {
        case .named(let n):
            if case .structValue(let o) = v, o.cls.isKind(of: n) { return true }
            return n == "Any" || v.typeName == n || valueMatches(v, n, literal: false)
        case .optional(let inner): if case .null = v { return true }; return typeMatches(v, inner)
        case .array: if case .array = v { return true }; return false
        default: return true
        }
    }
}

extension RangeValue {
    /// The indices this range selects in a collection of `count` elements.
    func resolve(count: Int) throws -> Range<Int> {
        var lo = 0, hi = count
        if let l = lower { guard case .int(let x) = l else { throw ScriptError("range bounds must be Int") }; lo = x }
        if let u = upper {
            guard case .int(let x) = u else { throw ScriptError("range bounds must be Int") }
            guard !closed || x < Int.max else { throw ScriptError("range \(lo)...\(x) is out of bounds for a collection of \(count) elements") }
            hi = closed ? x + 1 : x
        }
        guard lo >= 0, hi <= count, lo <= hi else { throw ScriptError("range \(lo)..<\(hi) is out of bounds for a collection of \(count) elements") }
        return lo..<hi
    }
}

extension Value: Equatable {
    /// Structural equality (for tests and pattern checks); natives and instances by identity.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.void, .void), (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.character(let x), .character(let y)): return x == y
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x.elements == y.elements
        case (.native(let x), .native(let y)): return x === y
        case (.instance(let x), .instance(let y)): return x === y
        default: return false
        }
    }
}
