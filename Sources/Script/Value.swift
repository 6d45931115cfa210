// Values of the lesson language.
//
// Representation (decided for speed, as Lua and Wren decide theirs):
// - One Swift enum. `Int`, `Double` and `Bool` are stored inline with no allocation and
//   no reference counting, so the arithmetic in a training loop touches only registers
//   and the enum tag. An `Int` and a `Double` are different cases, which is how `Int` and
//   `Double` "never mix silently": the arithmetic fast paths switch on both tags at once.
// - Arrays are Swift arrays (`[Value]`, one pointer, copy-on-write), which gives Swift's
//   value semantics for free: `var b = a; b.append(1)` copies only because `a` still holds
//   the buffer. Mutation in place goes through `inout Value` helpers that take the payload
//   out of the slot first, so the buffer stays uniquely referenced and is not copied.
// - Dictionaries and struct instances are classes with manual copy-on-write (the same
//   trick, with `isKnownUniquelyReferenced`); class instances, closures and native
//   objects are shared references, as in Swift.
// - `nil` is its own case and an optional holding `x` is just `x` (lessons never nest
//   optionals), so unwrapping costs one tag test.
// Strings keep Swift's `String` inline (16 bytes; short strings never allocate), which
// makes `Value` 17 bytes (stride 24).

/// A value of the lesson language, as natives receive and return it.
public enum Value {
    /// `()`: what a function without a result returns.
    case void
    /// `nil`.
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case character(Character)
    /// An implicit member such as `.mean`, `.sum`, `.none` (`MSELoss(reduction: .sum)`),
    /// passed to natives by name.
    case symbol(String)
    /// `[T]`, with Swift's value semantics.
    case array([Value])
    /// `(a, b)`, optionally with labels (`enumerated()` gives `(offset:, element:)`).
    case tuple(TupleValue)
    /// `[K: V]`, iterated in insertion order.
    case dictionary(DictionaryValue)
    /// `a..<b`, `a...b`, `a...`, `..<b` and the lone `...` ("all of this axis").
    case range(RangeValue)
    /// A function, closure, bound method or native function.
    case function(Function)
    /// An instance of a class declared in a lesson (a reference).
    case instance(ScriptInstance)
    /// An instance of a struct declared in a lesson (copied on assignment).
    case structValue(ScriptInstance)
    /// An object of a type the Prelude registered (`Tensor`, `Linear`, `Figure`…).
    case native(NativeObject)
    /// A type used as a value: `Tensor` in `Tensor.zeros(…)`, `Double` in `Double.pi`.
    case type(TypeValue)
    /// Interpreter-internal: the cell of a variable captured by a closure. Natives never
    /// receive it (reading a captured variable reads through the cell).
    case _box(VariableBox)
}

/// A variable that closures capture, shared by reference (closures capture variables,
/// not values, as in Swift).
public final class VariableBox {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// An error raised while a cell runs. Natives throw it with a message worded as swiftc
/// or the library would word it; the interpreter adds the place of the failing expression.
public struct ScriptError: Error, CustomStringConvertible {
    public var message: String
    /// Byte offset in the cell of the expression that failed (set by the interpreter).
    var offset: Int?
    /// The call's argument the error is about (an extra one, one missing its label), where
    /// swiftc points rather than at the call.
    var argument: Int? = nil

    public init(_ message: String) {
        self.message = message
        self.offset = nil
    }

    init(_ message: String, at offset: Int?) {
        self.message = message
        self.offset = offset
    }

    /// "cannot convert value of type 'String' to expected argument type '[Double]'".
    public static func typeMismatch(expected: String, actual: Value) -> ScriptError {
        ScriptError("cannot convert value of type '\(actual.typeName)' to expected argument type '\(expected)'")
    }

    public var description: String { message }
}

/// A tuple's elements and (optional) labels. Immutable: tuples are values.
public final class TupleValue {
    /// Never changed after the tuple is made, except to take a dying tuple apart (`Value.dismantle`).
    public internal(set) var elements: [Value]
    /// One label per element (nil where unlabeled), or nil when there are no labels at all.
    public let labels: [String?]?

    public init(_ elements: [Value], labels: [String?]? = nil) {
        self.elements = elements
        self.labels = labels
    }
}

/// A range. Bounds are numbers (`Int`, or `Double` in `switch` patterns); a nil bound is
/// open (`a...`, `..<b`); both nil is the lone `...` marker.
public final class RangeValue {
    public let lower: Value?
    public let upper: Value?
    /// True for `...` (upper bound included), false for `..<`.
    public let closed: Bool
    /// `(a..<b).reversed()`: the same elements, highest first. Lazy, as in Swift: a
    /// reversed range holds its bounds, never its elements.
    public let reversed: Bool

    public init(lower: Value?, upper: Value?, closed: Bool, reversed: Bool = false) {
        self.lower = lower
        self.upper = upper
        self.closed = closed
        self.reversed = reversed
    }

    /// Int bounds as a half-open `lo..<hi`, when both are present and integers, the range
    /// runs upwards and `lo..<hi` can hold it (not `a...Int.max`; see `intSpan`).
    public var intBounds: Range<Int>? {
        guard !reversed, case .int(let lo)? = lower, case .int(let hi)? = upper else { return nil }
        if closed {
            guard hi < Int.max else { return nil }
            return hi + 1 >= lo ? lo..<(hi + 1) : nil
        }
        return hi >= lo ? lo..<hi : nil
    }

    /// The lowest and highest Int of an Int range (nil when it is empty): `a...Int.max`
    /// included, with no arithmetic that can overflow.
    public var intSpan: ClosedRange<Int>? {
        guard case .int(let lo)? = lower, case .int(let hi)? = upper else { return nil }
        if closed { return hi >= lo ? lo...hi : nil }
        return hi > lo ? lo...(hi - 1) : nil
    }

    /// The number of Ints in an Int range; nil when it has no Int bounds or more elements
    /// than an Int can count (`Int.min...Int.max`).
    public var intCount: Int? {
        guard case .int? = lower, case .int? = upper else { return nil }
        guard let s = intSpan else { return 0 }
        let (d, o) = s.upperBound.subtractingReportingOverflow(s.lowerBound)
        guard !o, d < Int.max else { return nil }
        return d + 1
    }

    /// An iterator over an Int range's elements (in order, or highest first when
    /// `reversed`), lazily: `0..<Int.max` costs nothing until it is walked.
    public func intIterator() -> (() -> Int?)? {
        guard case .int? = lower, case .int? = upper else { return nil }
        guard let s = intSpan else { return { nil } }
        var more = true
        if reversed {
            var i = s.upperBound
            let last = s.lowerBound
            return {
                guard more else { return nil }
                let v = i
                if v == last { more = false } else { i = v - 1 }
                return v
            }
        }
        var i = s.lowerBound
        let last = s.upperBound
        return {
            guard more else { return nil }
            let v = i
            if v == last { more = false } else { i = v + 1 }
            return v
        }
    }

    /// True for the lone `...` marker ("all of this axis").
    public var isFull: Bool { lower == nil && upper == nil }
}

/// A dictionary with insertion-ordered keys (reproducible iteration).
public final class DictionaryValue {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    private var index: [HashKey: Int] = [:]

    public init() {}

    public init(pairs: [(Value, Value)]) throws {
        for (k, v) in pairs { try set(k, v) }
    }

    /// A copy for copy-on-write.
    func copy() -> DictionaryValue {
        let d = DictionaryValue()
        d.keys = keys
        d.values = values
        d.index = index
        return d
    }

    public var count: Int { keys.count }

    /// Empties the dictionary, handing back its values (for `Value.dismantle`).
    func takeValues() -> [Value] {
        let vs = values
        keys = []
        values = []
        index = [:]
        return vs
    }

    public func get(_ key: Value) throws -> Value? {
        guard let i = index[try HashKey(key)] else { return nil }
        return values[i]
    }

    public func set(_ key: Value, _ value: Value) throws {
        let k = try HashKey(key)
        if let i = index[k] {
            values[i] = value
        } else {
            index[k] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    public func remove(_ key: Value) throws -> Value? {
        let k = try HashKey(key)
        guard let i = index.removeValue(forKey: k) else { return nil }
        let v = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        for (kk, j) in index where j > i { index[kk] = j - 1 }
        return v
    }
}

/// A hashable view of the values that can be dictionary keys.
struct HashKey: Hashable {
    enum K: Hashable {
        case int(Int), double(Double), string(String), bool(Bool), char(Character), tuple([HashKey])
        /// A lesson struct or enum value: its type, case and stored values.
        case value(ObjectIdentifier, Int, [HashKey])
    }
    let k: K
    init(_ v: Value) throws {
        switch v {
        case .int(let i): k = .int(i)
        case .double(let d): k = .double(d)
        case .string(let s): k = .string(s)
        case .bool(let b): k = .bool(b)
        case .character(let c): k = .char(c)
        case .tuple(let t): k = .tuple(try t.elements.map(HashKey.init))
        // Hashable as Swift synthesises it: declared, or an enum without associated values.
        case .structValue(let o) where o.cls.findMethods("hash") != nil && o.cls.conformsTo("Hashable"):
            // `func hash(into hasher: inout Hasher)`: the values it combines are the key.
            k = .value(ObjectIdentifier(o.cls), -3, try NativeContext.combinedHashValues(v, o).map(HashKey.init))
        case .structValue(let o) where o.cls.conformsTo("Hashable") || (o.cls.isEnum && o.cls.enumCases.allSatisfy { $0.payloadTypes == nil }):
            k = .value(ObjectIdentifier(o.cls), o.caseIndex, try o.fields.map(HashKey.init))
        case ._box(let b): k = try HashKey(b.value).k
        default: throw ScriptError("type '\(v.typeName)' does not conform to protocol 'Hashable'")
        }
    }
}

/// A type named in an expression: a built-in (`Double`), a native (`Tensor`) or a
/// lesson's class or struct.
public final class TypeValue {
    public let name: String
    let native: NativeType?
    let scriptClass: ScriptClass?

    init(name: String, native: NativeType? = nil, scriptClass: ScriptClass? = nil) {
        self.name = name
        self.native = native
        self.scriptClass = scriptClass
    }
}

// MARK: - Making values

extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByStringLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral
{
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: Value...) { self = .array(elements) }

    /// `[Double]` as a value.
    public init(_ doubles: [Double]) { self = .array(doubles.map { .double($0) }) }
    /// `[[Double]]` as a value.
    public init(_ rows: [[Double]]) { self = .array(rows.map { Value($0) }) }
    /// `[Int]` as a value.
    public init(_ ints: [Int]) { self = .array(ints.map { .int($0) }) }
    /// `[String]` as a value.
    public init(_ strings: [String]) { self = .array(strings.map { .string($0) }) }
    /// An optional: `nil` or the value itself.
    public init(_ optional: Value?) { self = optional ?? .null }

    /// `(a, b, …)` as a value (what natives return for `let (out, hidden) = rnn(x)`).
    public static func makeTuple(_ elements: [Value], labels: [String?]? = nil) -> Value {
        .tuple(TupleValue(elements, labels: labels))
    }
}

// MARK: - Reading values (for natives)

extension Value {
    /// The value's type as Swift would name it: `Int`, `[Double]`, `(Int, String)`, `Tensor`.
    public var typeName: String {
        switch self {
        case .void: return "()"
        case .null: return "Optional<Any>"
        case .bool: return "Bool"
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .character: return "Character"
        case .symbol(let s): return ".\(s)"
        case .array(let a):
            guard let first = a.first else { return "[Any]" }
            let t = first.typeName
            return a.allSatisfy({ $0.typeName == t }) ? "[\(t)]" : "[Any]"
        case .tuple(let t): return "(" + t.elements.map(\.typeName).joined(separator: ", ") + ")"
        case .dictionary(let d):
            guard let k = d.keys.first, let v = d.values.first else { return "[AnyHashable: Any]" }
            return "[\(k.typeName): \(v.typeName)]"
        case .range(let r):
            let b = (r.lower ?? r.upper)?.typeName ?? "Int"
            if r.isFull { return "UnboundedRange" }
            if r.lower == nil { return r.closed ? "PartialRangeThrough<\(b)>" : "PartialRangeUpTo<\(b)>" }
            if r.upper == nil { return "PartialRangeFrom<\(b)>" }
            let base = r.closed ? "ClosedRange<\(b)>" : "Range<\(b)>"
            return r.reversed ? "ReversedCollection<\(base)>" : base
        case .function(let f): return f.typeDescription
        case .instance(let o), .structValue(let o): return o.cls.name
        case .native(let n): return n.nativeType.name
        case .type(let t): return "\(t.name).Type"
        case ._box(let b): return b.value.typeName
        }
    }

    /// An `Int`.
    public func asInt() throws -> Int {
        if case .int(let i) = self { return i }
        throw ScriptError.typeMismatch(expected: "Int", actual: self)
    }

    /// A `Double`; an `Int` is accepted and converted (natives are numeric APIs, as
    /// `Tensor.full([2], 3)` is in the tensor library).
    public func asDouble() throws -> Double {
        switch self {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: throw ScriptError.typeMismatch(expected: "Double", actual: self)
        }
    }

    public func asBool() throws -> Bool {
        if case .bool(let b) = self { return b }
        throw ScriptError.typeMismatch(expected: "Bool", actual: self)
    }

    public func asString() throws -> String {
        switch self {
        case .string(let s): return s
        case .character(let c): return String(c)
        default: throw ScriptError.typeMismatch(expected: "String", actual: self)
        }
    }

    /// The name of an implicit member (`.mean` gives "mean").
    public func asSymbol() throws -> String {
        if case .symbol(let s) = self { return s }
        throw ScriptError.typeMismatch(expected: "enum case such as .mean", actual: self)
    }

    /// The elements of an array.
    public func asArray() throws -> [Value] {
        if case .array(let a) = self { return a }
        throw ScriptError.typeMismatch(expected: "[Any]", actual: self)
    }

    /// `[Double]` (Int elements accepted).
    public func asDoubleArray() throws -> [Double] {
        guard case .array(let a) = self else { throw ScriptError.typeMismatch(expected: "[Double]", actual: self) }
        var out = [Double]()
        out.reserveCapacity(a.count)
        for v in a {
            switch v {
            case .double(let d): out.append(d)
            case .int(let i): out.append(Double(i))
            default: throw ScriptError.typeMismatch(expected: "[Double]", actual: self)
            }
        }
        return out
    }

    /// `[[Double]]`, rows of equal length.
    public func asDoubleMatrix() throws -> [[Double]] {
        guard case .array(let rows) = self else { throw ScriptError.typeMismatch(expected: "[[Double]]", actual: self) }
        let out = try rows.map { row -> [Double] in
            do { return try row.asDoubleArray() } catch { throw ScriptError.typeMismatch(expected: "[[Double]]", actual: self) }
        }
        if let n = out.first?.count, out.contains(where: { $0.count != n }) {
            throw ScriptError("rows of a [[Double]] must all have the same length")
        }
        return out
    }

    /// `[Int]`.
    public func asIntArray() throws -> [Int] {
        guard case .array(let a) = self else { throw ScriptError.typeMismatch(expected: "[Int]", actual: self) }
        return try a.map { v in
            guard case .int(let i) = v else { throw ScriptError.typeMismatch(expected: "[Int]", actual: self) }
            return i
        }
    }

    /// `[String]`.
    public func asStringArray() throws -> [String] {
        guard case .array(let a) = self else { throw ScriptError.typeMismatch(expected: "[String]", actual: self) }
        return try a.map { try $0.asString() }
    }

    /// A tuple's elements (exactly `count` of them when `count` is given).
    public func asTuple(count: Int? = nil) throws -> [Value] {
        guard case .tuple(let t) = self else {
            throw ScriptError.typeMismatch(expected: count.map { "(" + Array(repeating: "Any", count: $0).joined(separator: ", ") + ")" } ?? "tuple", actual: self)
        }
        if let count, t.elements.count != count {
            throw ScriptError("expected a tuple of \(count) elements, got \(t.elements.count)")
        }
        return t.elements
    }

    /// nil for `nil`, else the value.
    public var optional: Value? {
        if case .null = self { return nil }
        return self
    }

    /// A closure or function, to call back with `NativeContext.call`.
    public func asFunction() throws -> Function {
        if case .function(let f) = self { return f }
        throw ScriptError.typeMismatch(expected: "function", actual: self)
    }

    /// The native object, when this is one (or a lesson class instance built on a native base).
    public var nativeObject: NativeObject? {
        switch self {
        case .native(let n): return n
        case .instance(let i): return i.nativeBase
        default: return nil
        }
    }

    /// The native object of type `T` (a `NativeBox<Payload>` or your own `NativeObject`
    /// subclass), or an error naming `expected` and this value's type.
    public func asNative<T: NativeObject>(_ type: T.Type, expected: String) throws -> T {
        if case .native(let n) = self, let t = n as? T { return t }
        throw ScriptError.typeMismatch(expected: expected, actual: self)
    }

    /// The payload of a `NativeBox<Payload>`, or an error naming `expected`.
    public func asPayload<Payload>(_ type: Payload.Type, expected: String) throws -> Payload {
        if case .native(let n) = self, let box = n as? NativeBox<Payload> { return box.value }
        throw ScriptError.typeMismatch(expected: expected, actual: self)
    }

    /// The lesson class instance, when this is one (`class Model: Module`).
    public var scriptInstance: ScriptInstance? {
        switch self {
        case .instance(let i), .structValue(let i): return i
        default: return nil
        }
    }

    /// Every native object reachable from this value, depth first, each once: through
    /// arrays, tuples, dictionaries, optionals and lesson class/struct instances' stored
    /// properties. `parameters()` of a `Module` is written with this.
    public func reachableNativeObjects() -> [NativeObject] {
        var seen = Set<ObjectIdentifier>()
        var out: [NativeObject] = []
        func walk(_ v: Value) {
            switch v {
            case .native(let n):
                if seen.insert(ObjectIdentifier(n)).inserted { out.append(n) }
            case .array(let a): a.forEach(walk)
            case .tuple(let t): t.elements.forEach(walk)
            case .dictionary(let d): d.values.forEach(walk)
            case .instance(let i), .structValue(let i):
                guard seen.insert(ObjectIdentifier(i)).inserted else { return }
                if let b = i.nativeBase, seen.insert(ObjectIdentifier(b)).inserted { out.append(b) }
                i.fields.forEach(walk)
            default: break
            }
        }
        walk(self)
        return out
    }
}

extension Value {
    /// Whether releasing the value may recurse into values it holds.
    private var holdsValues: Bool {
        switch self {
        case .array, .dictionary, .tuple, ._box: return true
        default: return false
        }
    }

    /// Releases `value` (leaving `.void`) without recursing on the native stack: nested
    /// arrays, dictionaries, tuples and boxes are taken apart onto a work list, so an
    /// array nested a million levels deep is freed one level at a time. (Instances of
    /// lesson classes do the same in their own `deinit`.)
    static func dismantle(_ value: inout Value) {
        guard value.holdsValues else { return }
        var work: [Value] = [value]
        value = .void
        while var v = work.popLast() {
            // `if case`, not `switch`: a switch would keep its own reference to `v`.
            if case .array(var a) = v {
                v = .void
                while let x = a.popLast() {
                    if x.holdsValues { work.append(x) }
                }
            } else if case .dictionary(var d) = v {
                v = .void
                if isKnownUniquelyReferenced(&d) {
                    for x in d.takeValues() where x.holdsValues { work.append(x) }
                }
            } else if case .tuple(var t) = v {
                v = .void
                if isKnownUniquelyReferenced(&t) {
                    let elements = t.elements
                    t.elements = []
                    for x in elements where x.holdsValues { work.append(x) }
                }
            } else if case ._box(var b) = v {
                v = .void
                if isKnownUniquelyReferenced(&b) {
                    work.append(b.value)
                    b.value = .void
                }
            }
        }
    }
}
