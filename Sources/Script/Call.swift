// Calling functions: the frame protocol, argument matching by label, and calls from
// natives back into the language.

extension NativeContext {
    /// Runs a lesson function whose arguments are already in place at `base`
    /// (see `FunctionProto` for the calling convention).
    @inline(__always)
    func invoke(_ p: FunctionProto, _ captures: [VariableBox], _ base: UnsafeMutablePointer<Value>) throws -> Value {
        let top = base + p.frameSize
        if depth >= maxDepth || top >= stackLimit || nativeStackLow() { try reserveStack(top) }
        depth += 1
        let saved = sp
        sp = top
        defer {
            clearFrame(base, p.frameSize)
            sp = saved
            depth -= 1
        }
        try tick()
        if p.hasBoxedParams { for s in p.boxedParamSlots { base[s] = ._box(VariableBox(base[s])) } }
        if !captures.isEmpty {
            for i in 0..<captures.count { base[p.captureSlots[i]] = ._box(captures[i]) }
            if let k = p.selfCaptureIndex {
                base[p.captureSlots[k]] = ._box(VariableBox(.function(Function(.script(p, captures: captures, selfValue: nil), name: p.name))))
            }
        }
        return try p.body(base)
    }

    /// The slow way into a call: too deep, out of stack, or past the slots filled so far.
    @inline(never)
    func reserveStack(_ top: UnsafeMutablePointer<Value>) throws {
        if depth >= maxDepth || top >= stackEnd {
            throw ScriptError("recursion too deep: more than \(maxDepth) nested calls (is there a missing base case?)")
        }
        if nativeStackLow() {
            throw ScriptError("recursion too deep: \(depth) nested calls of large functions fill the stack (is there a missing base case?)")
        }
        readyStack(through: top)
    }

    /// Empties a frame's slots (releasing what they hold) when a call returns. Numbers and
    /// other plain values hold nothing, so their slots are skipped rather than destroyed.
    @inline(__always)
    func clearFrame(_ base: UnsafeMutablePointer<Value>, _ count: Int) {
        var i = 0
        while i < count {
            switch base[i] {
            case .void, .null, .bool, .int, .double: break
            default: base[i] = .void
            }
            i += 1
        }
    }

    /// Calls any function value with positional arguments (no labels).
    func callFunction(_ f: Function, _ args: [Value]) throws -> Value {
        switch f.kind {
        case .script(let p, let caps, let selfValue):
            let base = sp
            if let selfValue { base[0] = selfValue }
            try placeArguments(p, args, labels: nil, literalMask: 0, base: base)
            return try invoke(p, caps, base)
        case .native(let set, let receiver):
            let labels = [String?](repeating: nil, count: args.count)
            return try callNative(set, receiver: receiver, args: args, labels: labels, literalMask: 0)
        case .op(let op):
            // `zip(a, b).map(-)`: the pair's two elements are the operands.
            if args.count == 1, case .tuple(let pair) = args[0].unboxed, pair.elements.count == 2 {
                return try binaryOperation(op, pair.elements[0], pair.elements[1], literalMask: 0)
            }
            guard args.count == 2 else { throw ScriptError("operator '\(op)' takes two arguments") }
            return try binaryOperation(op, args[0], args[1], literalMask: 0)
        case .construct(let t):
            let labels = [String?](repeating: nil, count: args.count)
            return try construct(t, args: args, labels: labels, literalMask: 0)
        case .enumCase(let c, let i):
            return try makeEnumCase(c, i, args: args, labels: nil)
        }
    }

    /// Calls a lesson method (or accessor, or static function) with `selfValue` in slot 0
    /// and `args` placed by `labels` (nil: in order).
    func invokeMethod(_ p: FunctionProto, on selfValue: Value, _ args: [Value] = [], labels: [String?]? = nil, literalMask: UInt64 = 0) throws -> Value {
        let frame = sp
        frame[0] = selfValue
        if !args.isEmpty || !p.labels.isEmpty { try placeArguments(p, args, labels: labels, literalMask: literalMask, base: frame) }
        return try invoke(p, [], frame)
    }

    /// Calls `f(acc, x)` where `acc` is an inout parameter, and gives back its last value.
    func callAccumulating(_ f: Value, _ acc: Value, _ x: Value) throws -> Value {
        guard case .function(let fn) = f.unboxed, case .script(let p, _, _) = fn.kind, p.decl?.params.first?.isInout == true else {
            throw ScriptError("reduce(into:)'s closure must take the accumulator and an element: { acc, x in … }")
        }
        inoutResults = []
        _ = try callFunction(fn, [acc, x])
        let outs = inoutResults
        inoutResults = []
        return outs.first ?? acc
    }

    /// Writes arguments into a lesson function's frame, matching labels (when given),
    /// filling defaults, gathering variadics and converting integer literals passed to
    /// `Double` parameters.
    func placeArguments(_ p: FunctionProto, _ args: [Value], labels: [String?]?, literalMask: UInt64, base: UnsafeMutablePointer<Value>) throws {
        let n = p.labels.count
        let first = p.firstParamSlot
        if labels == nil && args.count == n && p.variadicIndex == nil {
            for i in 0..<n { base[first + i] = try convertArgument(args[i], p.paramTypes[i], literal: literalMask & (1 << UInt64(min(i, 63))) != 0) }
            return
        }
        // A closure of n parameters given one n-tuple takes its elements, as Swift does for
        // `zip(a, b).map { $0 * $1 }` and `{ a, b in … }`.
        if args.count == 1, n > 1, labels?.first ?? nil == nil, p.variadicIndex == nil, p.name == "closure",
           case .tuple(let t) = args[0], t.elements.count == n {
            return try placeArguments(p, t.elements, labels: nil, literalMask: 0, base: base)
        }
        let plan = try matchArguments(params: p.labels.enumerated().map { i, l in
            (label: l, hasDefault: p.defaults[i] != nil, variadic: p.variadicIndex == i)
        }, labels: labels ?? Array(repeating: nil, count: args.count), name: p.name, positional: labels == nil, trailingClosure: endsWithFunction(args))
        for (i, source) in plan.enumerated() {
            switch source {
            case .argument(let j):
                base[first + i] = try convertArgument(args[j], p.paramTypes[i], literal: literalMask & (1 << UInt64(min(j, 63))) != 0)
            case .defaultValue:
                base[first + i] = try p.defaults[i]!(base)
            case .variadic(let js):
                base[first + i] = .array(try js.map { j in
                    try convertArgument(args[j], p.paramTypes[i].flatMap(\.variadicElement), literal: literalMask & (1 << UInt64(min(j, 63))) != 0)
                })
            }
        }
    }

    /// Checks an argument against a declared parameter type; integer literals become
    /// `Double` for `Double` parameters.
    @inline(__always)
    func convertArgument(_ v: Value, _ type: TypeRef?, literal: Bool) throws -> Value {
        guard let type else { return v }
        return try coerce(v, to: type, literal: literal, context: .argument)
    }

    /// Calls a native overload set, choosing the overload by labels and argument types.
    func callNative(_ set: NativeFunctionSet, receiver: Value, args: [Value], labels: [String?], literalMask: UInt64) throws -> Value {
        var receiver = receiver
        return try callNativeInPlace(set, receiver: &receiver, args: args, labels: labels, literalMask: literalMask)
    }

    /// `callNative` with the receiver in place, for mutating methods of basic values.
    func callNativeInPlace(_ set: NativeFunctionSet, receiver: inout Value, args: [Value], labels: [String?], literalMask: UInt64) throws -> Value {
        let o = try chooseOverload(set, args: args, labels: labels, literalMask: literalMask)
        let plan = try matchArguments(params: o.matchParameters, labels: labels, name: set.name, positional: false, trailingClosure: endsWithFunction(args))
        return try runNative(o, plan: plan, receiver: &receiver, args: args, literalMask: literalMask)
    }

    /// Runs overload `o` with the arguments arranged by `plan` (nil: as they are). A
    /// mutating overload gets the receiver in place, not in `NativeCall.receiver`.
    @inline(__always)
    func runNative(_ o: NativeOverload, plan: [ArgumentSource]?, receiver: inout Value, args: [Value], literalMask: UInt64) throws -> Value {
        var arguments = args
        if let plan { arguments = arranged(args, by: plan, for: o) }
        if let mutate = o.mutatingBody {
            return try mutate(&receiver, NativeCall(receiver: .void, arguments: arguments, context: self, literalMask: literalMask))
        }
        return try o.body(NativeCall(receiver: receiver, arguments: arguments, context: self, literalMask: literalMask))
    }

    /// The values of `o`'s parameters: the call's arguments, defaults, variadic arrays.
    private func arranged(_ args: [Value], by plan: [ArgumentSource], for o: NativeOverload) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(plan.count)
        for (i, s) in plan.enumerated() {
            switch s {
            case .argument(let j): values.append(args[j])
            case .defaultValue: values.append(o.params[i].defaultValue!)
            case .variadic(let js): values.append(.array(js.map { args[$0] }))
            }
        }
        return values
    }

    /// The overload whose labels fit; among several, the first whose parameter types fit.
    func chooseOverload(_ set: NativeFunctionSet, args: [Value], labels: [String?], literalMask: UInt64) throws -> NativeOverload {
        var fitting: [NativeOverload] = []
        for o in set.overloads {
            if (try? matchArguments(params: o.matchParameters, labels: labels, name: set.name, positional: false, trailingClosure: endsWithFunction(args))) != nil {
                fitting.append(o)
            }
        }
        if fitting.count == 1 { return fitting[0] }
        if fitting.isEmpty {
            // Report against the overload with the closest arity.
            let best = set.overloads.min { abs($0.params.count - labels.count) < abs($1.params.count - labels.count) }!
            _ = try matchArguments(params: best.matchParameters, labels: labels, name: set.name, positional: false, trailingClosure: endsWithFunction(args))
            return best
        }
        for o in fitting {
            let plan = try matchArguments(params: o.matchParameters, labels: labels, name: set.name, positional: false, trailingClosure: endsWithFunction(args))
            var ok = true
            for (i, s) in plan.enumerated() {
                guard let t = o.params[i].type else { continue }
                if case .argument(let j) = s, !valueMatches(args[j], t, literal: literalMask & (1 << UInt64(min(j, 63))) != 0) { ok = false; break }
            }
            if ok { return o }
        }
        // No overload takes these types: name the first argument that does not fit.
        let o = fitting.last!
        let plan = try matchArguments(params: o.matchParameters, labels: labels, name: set.name, positional: false, trailingClosure: endsWithFunction(args))
        for (i, s) in plan.enumerated() {
            if let t = o.params[i].type, case .argument(let j) = s, !valueMatches(args[j], t, literal: false) {
                let expected = fitting.compactMap { $0.params.count > i ? $0.params[i].type : nil }
                throw ScriptError("no exact matches in call to '\(set.name)': cannot pass '\(args[j].typeName)' where '\(expected.joined(separator: "' or '"))' is expected")
            }
        }
        return o
    }

    /// Does a value have the type a native parameter asks for?
    func valueMatches(_ v: Value, _ type: String, literal: Bool) -> Bool {
        switch type {
        case "Any": return true
        case "Double": if case .double = v { return true }; if case .int = v { return literal }; return false
        case "Int": if case .int = v { return true }; return false
        case "String": if case .string = v { return true }; return false
        case "Bool": if case .bool = v { return true }; return false
        case "Function": if case .function = v { return true }; return false
        default:
            if case .native(let n) = v {
                var t: NativeType? = n.nativeType
                while let c = t { if c.name == type { return true }; t = c.superType }
                return false
            }
            if case .structValue(let i) = v { return i.cls.isKind(of: type) }
            if case .instance(let i) = v {
                if i.cls.isKind(of: type) { return true }
                var t: NativeType? = i.cls.nativeSuper
                while let c = t { if c.name == type { return true }; t = c.superType }
                return false
            }
            if type.hasPrefix("[") || type == "Set" { if case .array = v { return true } }
            return v.typeName == type
        }
    }
}

/// Where a parameter's value comes from at a call.
enum ArgumentSource {
    case argument(Int)
    case defaultValue
    case variadic([Int])
}

/// Matches call-site labels to parameters as Swift does, or explains the mismatch in
/// swiftc's words ("missing argument label 'axis:' in call").
func matchArguments(params: [(label: String?, hasDefault: Bool, variadic: Bool)], labels: [String?], name: String, positional: Bool,
                    trailingClosure: Bool = false) throws -> [ArgumentSource] {
    var plan: [ArgumentSource] = []
    var j = 0
    for (k, p) in params.enumerated() {
        // A trailing closure stands for the parameter it reaches, labelled or not, unless that
        // one has a default and a later one needs a value (Swift's forward scan).
        if trailingClosure, j == labels.count - 1, labels[j] == nil, p.label != nil, !p.variadic,
           !p.hasDefault || params[(k + 1)...].allSatisfy(\.hasDefault) {
            plan.append(.argument(j)); j += 1
            continue
        }
        if p.variadic {
            var js: [Int] = []
            if j < labels.count && (positional || labels[j] == p.label) {
                js.append(j); j += 1
                while j < labels.count && labels[j] == nil { js.append(j); j += 1 }
            }
            plan.append(.variadic(js))
            continue
        }
        if j < labels.count && (positional || labels[j] == p.label) {
            plan.append(.argument(j)); j += 1
        } else if p.hasDefault {
            plan.append(.defaultValue)
        } else if j < labels.count {
            let have = labels[j]
            if let want = p.label {
                if have == nil {
                    // Every argument unlabelled where every parameter has a label: swiftc names them all, at the call.
                    if labels.allSatisfy({ $0 == nil }), labels.count == params.count, params.allSatisfy({ $0.label != nil }), params.count > 1 {
                        throw ScriptError("missing argument labels '\(params.map { $0.label! + ":" }.joined())' in call")
                    }
                    // swiftc points at a lone argument, else at the call's parenthesis.
                    var e = ScriptError("missing argument label '\(want):' in call")
                    if labels.count == 1 { e.argument = j }
                    throw e
                }
                if params.contains(where: { $0.label == have }) {
                    // Both given, in the wrong order (`S(b: "x", a: 1)`).
                    if let later = labels[j...].firstIndex(of: want), let have {
                        var e = ScriptError("argument '\(want)' must precede argument '\(have)'")
                        e.argument = later
                        throw e
                    }
                    throw ScriptError("missing argument for parameter '\(want)' in call")
                }
                // As swiftc: every label of the call against every label of the function.
                let haveAll = labels.map { ($0 ?? "_") + ":" }.joined()
                let wantAll = params.map { ($0.label ?? "_") + ":" }.joined()
                throw ScriptError("incorrect argument label in call (have '\(haveAll)', expected '\(wantAll)')")
            }
            throw ScriptError("extraneous argument label '\(have!):' in call")
        } else {
            if let want = p.label { throw ScriptError("missing argument for parameter '\(want)' in call") }
            throw ScriptError("missing argument for parameter #\(plan.count + 1) in call")
        }
    }
    if j < labels.count {
        if let l = labels[j] {
            if params.contains(where: { $0.label == l }) {
                throw ScriptError("argument '\(l)' must precede the arguments before it in the call to '\(name)'")
            }
            var e = ScriptError("extra argument '\(l)' in call")
            e.argument = j   // swiftc points at its value
            throw e
        }
        var e = ScriptError(params.isEmpty ? "argument passed to call that takes no arguments" : "extra argument in call")
        e.argument = j
        throw e
    }
    return plan
}

/// A call site of a known lesson function. Once the function is compiled, decides (once)
/// whether the call's labels are exactly the parameters' with nothing to default or
/// gather, so arguments can be written straight into the callee's frame.
final class DirectCallSite {
    let proto: FunctionProto
    let labels: [String?]
    /// nil until decided.
    private var direct: Bool?

    init(proto: FunctionProto, labels: [String?]) {
        self.proto = proto
        self.labels = labels
    }

    var isDirect: Bool {
        @inline(__always) get {
            if let d = direct { return d }
            guard proto.isCompiled else { return false }
            let d = proto.labels == labels && proto.variadicIndex == nil && proto.firstParamSlot == 0
            direct = d
            return d
        }
    }

    /// Argument `i`, checked (and an integer literal converted) for its parameter.
    @inline(__always)
    func argument(_ v: Value, _ i: Int, _ literalMask: UInt64, _ ctx: NativeContext) throws -> Value {
        if proto.paramChecks[i].passes(v) { return v }
        return try ctx.convertArgument(v, proto.paramTypes[i], literal: literalMask & (1 << UInt64(min(i, 63))) != 0)
    }
}

/// A call site of native functions or methods. Its labels and literal arguments are fixed
/// when the cell is compiled, so which overloads fit the labels, and where each parameter's
/// value comes from, are worked out once per overload set (a free function always has the
/// same set; a method's set is that of the receiver's type, remembered with the type). At
/// run time a call only checks argument types, and only when several overloads share the
/// labels. Errors (no overload fits) go through `callNative`, which words them.
final class NativeCallSite {
    let labels: [String?]
    let literalMask: UInt64
    /// The set the candidates were worked out for (compared by identity).
    private var set: NativeFunctionSet?
    private var candidates: [NativeCandidate] = []
    /// For method calls: the receiver type last seen and its method set.
    private var receiverType: NativeType?
    private var receiverMethods: NativeFunctionSet?
    private var receiverMutates = false
    /// The argument array kept between calls (see `takeArguments`).
    private var buffer: [Value] = []

    init(labels: [String?], literalMask: UInt64) {
        self.labels = labels
        self.literalMask = literalMask
    }

    /// `set(args)` with `receiver` as `self`.
    @inline(__always)
    func call(_ set: NativeFunctionSet, receiver: Value, args: [Value], _ ctx: NativeContext) throws -> Value {
        var receiver = receiver
        return try callInPlace(set, receiver: &receiver, args: args, ctx)
    }

    /// `call` with the receiver in place: a basic value's method, which may be mutating.
    @inline(__always)
    func callInPlace(_ set: NativeFunctionSet, receiver: inout Value, args: [Value], _ ctx: NativeContext) throws -> Value {
        if set !== self.set { prepare(set) }
        let chosen: NativeCandidate
        if candidates.count == 1 {
            chosen = candidates[0]
        } else if let c = pick(args, ctx) {
            chosen = c
        } else {
            // No overload takes these arguments: `callNativeInPlace` words the error.
            return try ctx.callNativeInPlace(set, receiver: &receiver, args: args, labels: labels, literalMask: literalMask)
        }
        return try ctx.runNative(chosen.overload, plan: chosen.isIdentity ? nil : chosen.plan, receiver: &receiver, args: args, literalMask: literalMask)
    }

    /// An empty argument array with room for `count` values: the site's own, reused from
    /// the last call, so a call in a loop allocates none. Taken out of the site while in
    /// use, so a call that re-enters this site (a native calling back into the lesson,
    /// recursion) finds none and gets a fresh array.
    @inline(__always)
    func takeArguments(_ count: Int) -> [Value] {
        var b: [Value] = []
        swap(&b, &buffer)
        if b.capacity < count { b.reserveCapacity(count) }
        return b
    }

    /// Returns the array `takeArguments` gave, emptied (releasing the arguments now, not
    /// at the next call), for the next call.
    @inline(__always)
    func returnArguments(_ b: inout [Value]) {
        b.removeAll(keepingCapacity: true)
        swap(&b, &buffer)
    }

    /// The method set of a native type for this site's method `name`, remembered per type.
    @inline(__always)
    func method(of type: NativeType, _ name: String) -> NativeFunctionSet? {
        if type === receiverType { return receiverMethods }
        var m = type.findMethod(name)
        // None of the type's overloads takes these labels: the call is for a method a
        // lesson's extension declares (`rounded(to:)` beside `rounded()`), or an error
        // that the general path words.
        if let set = m, !set.overloads.contains(where: { o in
            (try? matchArguments(params: o.matchParameters, labels: labels, name: name, positional: false)) != nil
        }) { m = nil }
        receiverType = type
        receiverMethods = m
        receiverMutates = m?.overloads.contains { $0.isMutating } ?? false
        return m
    }

    /// Whether `name` on a value of `type` may change it (a mutating method), remembered
    /// per type with the method set.
    @inline(__always)
    func mutates(_ type: NativeType, _ name: String) -> Bool {
        _ = method(of: type, name)
        return receiverMutates
    }

    /// The first candidate whose parameter types take the arguments.
    @inline(__always)
    private func pick(_ args: [Value], _ ctx: NativeContext) -> NativeCandidate? {
        for c in candidates where c.accepts(args, ctx) { return c }
        return nil
    }

    /// Works out which overloads fit the labels, in the order `chooseOverload` tries them.
    private func prepare(_ set: NativeFunctionSet) {
        self.set = set
        candidates = set.overloads.compactMap { o in
            guard let plan = try? matchArguments(params: o.matchParameters, labels: labels, name: set.name, positional: false) else { return nil }
            return NativeCandidate(o, plan: plan, literalMask: literalMask)
        }
    }
}

/// An overload that fits a call site's labels, with its argument plan and type checks.
struct NativeCandidate {
    let overload: NativeOverload
    let plan: [ArgumentSource]
    /// The plan passes the arguments as they are (no default, no variadic, same order).
    let isIdentity: Bool
    /// The typed parameters' checks: argument index and the test.
    let checks: [(Int, ArgumentTypeTest)]

    init(_ o: NativeOverload, plan: [ArgumentSource], literalMask: UInt64) {
        overload = o
        self.plan = plan
        isIdentity = plan.enumerated().allSatisfy { i, s in
            if case .argument(let j) = s { return i == j }
            return false
        }
        var checks: [(Int, ArgumentTypeTest)] = []
        for (i, s) in plan.enumerated() {
            if let t = o.params[i].type, case .argument(let j) = s {
                checks.append((j, ArgumentTypeTest(t, literal: literalMask & (1 << UInt64(min(j, 63))) != 0)))
            }
        }
        self.checks = checks
    }

    @inline(__always)
    func accepts(_ args: [Value], _ ctx: NativeContext) -> Bool {
        for (j, test) in checks where !test.passes(args[j], ctx) { return false }
        return true
    }
}

/// `valueMatches` for one parameter type, with the common answers found without
/// comparing names: the basic types by case, a native type by the identity of the last
/// type that matched.
final class ArgumentTypeTest {
    enum Kind { case any, double, int, string, bool, other }
    let type: String
    let kind: Kind
    let literal: Bool
    private var matchedNative: NativeType?

    init(_ type: String, literal: Bool) {
        self.type = type
        self.literal = literal
        switch type {
        case "Any": kind = .any
        case "Double": kind = .double
        case "Int": kind = .int
        case "String": kind = .string
        case "Bool": kind = .bool
        default: kind = .other
        }
    }

    @inline(__always)
    func passes(_ v: Value, _ ctx: NativeContext) -> Bool {
        switch kind {
        case .any: return true
        case .double: if case .double = v { return true }; if case .int = v { return literal }; return false
        case .int: if case .int = v { return true }; return false
        case .string: if case .string = v { return true }; return false
        case .bool: if case .bool = v { return true }; return false
        case .other:
            if case .native(let n) = v {
                if n.nativeType === matchedNative { return true }
                if ctx.valueMatches(v, type, literal: literal) { matchedNative = n.nativeType; return true }
                return false
            }
            return ctx.valueMatches(v, type, literal: literal)
        }
    }
}

/// Whether the last argument is a function: it may be a trailing closure standing for a
/// labelled parameter (the compiler has checked the call's labels where it knew them).
func endsWithFunction(_ args: [Value]) -> Bool {
    if case .function? = args.last { return true }
    return false
}
