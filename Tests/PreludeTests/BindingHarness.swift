import XCTest
@testable import Prelude
@testable import Script
import TensorEngine

/// Calls the Prelude's natives directly, as compiled lesson code would: functions and
/// initialisers by labels, methods and properties on values, operators.
final class BindingHarness {
    let library = lessonLibrary()
    let context: NativeContext

    init(directory: String = NSTemporaryDirectory(), seed: Int = 0) {
        context = NativeContext(seed: seed, directory: directory)
    }

    private func labelList(_ labels: [String?]?, _ count: Int) -> [String?] {
        labels ?? Array(repeating: nil, count: count)
    }

    /// `name(args)`.
    func call(_ name: String, _ args: [Value], labels: [String?]? = nil) throws -> Value {
        guard let set = library.functions[name] else { throw ScriptError("no function \(name)") }
        return try context.callNative(set, receiver: .void, args: args, labels: labelList(labels, args.count), literalMask: 0)
    }

    /// `Type(args)`.
    func new(_ type: String, _ args: [Value] = [], labels: [String?]? = nil) throws -> Value {
        let t = TypeValue(name: type, native: library.types[type])
        return try context.construct(t, args: args, labels: labelList(labels, args.count), literalMask: 0)
    }

    /// `Type.name(args)`.
    func staticCall(_ type: String, _ name: String, _ args: [Value], labels: [String?]? = nil) throws -> Value {
        guard let set = library.types[type]?.findStaticMethod(name) else { throw ScriptError("no \(type).\(name)") }
        return try context.callNative(set, receiver: .void, args: args, labels: labelList(labels, args.count), literalMask: 0)
    }

    /// `value.name(args)`.
    func method(_ value: Value, _ name: String, _ args: [Value] = [], labels: [String?]? = nil) throws -> Value {
        guard case .function(let f) = try context.member(of: value, name), case .native(let set, let receiver) = f.kind else {
            throw ScriptError("no method \(name)")
        }
        return try context.callNative(set, receiver: receiver, args: args, labels: labelList(labels, args.count), literalMask: 0)
    }

    /// `value.name`.
    func property(_ value: Value, _ name: String) throws -> Value {
        try context.member(of: value, name)
    }

    /// `a op b`.
    func op(_ op: String, _ a: Value, _ b: Value) throws -> Value {
        try context.binaryOperation(op, a, b, literalMask: 0)
    }

    /// `Tensor(values)`.
    func tensor(_ values: Value, requiresGrad: Bool = false) throws -> Value {
        try new("Tensor", [values, .bool(requiresGrad)], labels: [nil, "requiresGrad"])
    }

    /// The outputs the calls so far produced.
    var outputs: [CellOutput] { context.outputs }
}

/// The engine tensor a value holds.
func engineTensor(_ v: Value, file: StaticString = #filePath, line: UInt = #line) -> Tensor? {
    let t = tensorOf(v)
    if t == nil { XCTFail("not a tensor: \(v.typeName)", file: file, line: line) }
    return t
}

/// The message of the error `body` throws, or nil.
func thrownMessage(_ body: () throws -> Any) -> String? {
    do { _ = try body(); return nil } catch let e as ScriptError { return e.message } catch { return "non-language error: \(error)" }
}
