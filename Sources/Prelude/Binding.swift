// Helpers every binding file uses: registering natives so that engine and chart errors
// become language errors, and reading arguments that the tensor library accepts in many
// forms (a number, an array, a tensor).

import Plot
import Script
import TensorEngine

/// Runs a native body and turns the engine's and the charts' errors into the language's
/// runtime errors, keeping their messages (which name the operation and the shapes).
@inline(__always)
func translatingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TensorError {
        throw ScriptError(e.message)
    } catch let e as PlotError {
        throw ScriptError(e.message)
    } catch let e as CSVError {
        throw ScriptError("loadCSV: \(e.description)")
    }
}

/// A native body wrapped by `translatingErrors`.
/// A kernel that saw the stop flag (a large product past the cell's timeout) returns
/// early with an unfinished result: the call fails here, at its own line, before anything
/// can use that result.
func guarded(_ body: @escaping NativeBody) -> NativeBody {
    { call in
        let result = try translatingErrors { try body(call) }
        if call.context.stopRequested { try call.context.checkCancelled() }
        return result
    }
}

extension NativeLibrary {
    /// `addFunction` with engine errors translated.
    func function(_ name: String, _ params: [Param], _ body: @escaping NativeBody) {
        LibraryDeclarations.record(.function, on: nil, name, params)
        addFunction(name, params, guarded(body))
    }

    /// `addFunction` for a body that raises no engine errors, recorded in `LibraryDeclarations`.
    func plainFunction(_ name: String, _ params: [Param], _ body: @escaping NativeBody) {
        LibraryDeclarations.record(.function, on: nil, name, params)
        addFunction(name, params, body)
    }
}

extension NativeType {
    /// `addMethod` with engine errors translated.
    func method(_ name: String, _ params: [Param], _ body: @escaping NativeBody) {
        LibraryDeclarations.record(.method, on: self, name, params)
        addMethod(name, params, guarded(body))
    }

    /// `addStaticMethod` with engine errors translated.
    func staticMethod(_ name: String, _ params: [Param], _ body: @escaping NativeBody) {
        LibraryDeclarations.record(.staticMethod, on: self, name, params)
        addStaticMethod(name, params, guarded(body))
    }

    /// `addInit` with engine errors translated.
    func initializer(_ params: [Param], _ body: @escaping NativeBody) {
        LibraryDeclarations.record(.initializer, on: self, "init", params)
        addInit(params, guarded(body))
    }

    /// A read-only property with engine errors translated.
    func property(_ name: String, _ get: @escaping NativeBody) {
        LibraryDeclarations.record(.property, on: self, name)
        addProperty(name, get: guarded(get))
    }

    /// A settable property with engine errors translated.
    func property(_ name: String, get: @escaping NativeBody, set: @escaping NativeBody) {
        LibraryDeclarations.record(.property, on: self, name)
        addProperty(name, get: guarded(get), set: guarded(set))
    }

    /// `addOperator`, recorded in `LibraryDeclarations`.
    func binaryOperator(_ op: String, _ body: @escaping (_ lhs: Value, _ rhs: Value) throws -> Value) {
        LibraryDeclarations.record(.binaryOperator, on: self, op)
        addOperator(op, body)
    }

    /// `addPrefixOperator`, recorded in `LibraryDeclarations`.
    func prefixOperator(_ op: String, _ body: @escaping (Value) throws -> Value) {
        LibraryDeclarations.record(.prefixOperator, on: self, op)
        addPrefixOperator(op, body)
    }

    /// `addCompoundAssignment`, recorded in `LibraryDeclarations`.
    func compoundAssignment(_ op: String, _ body: @escaping (_ lhs: Value, _ rhs: Value) throws -> Void) {
        LibraryDeclarations.record(.compoundAssignment, on: self, op)
        addCompoundAssignment(op, body)
    }

    /// `addSubscript`, recorded in `LibraryDeclarations`.
    func subscripts(get: @escaping NativeBody, set: NativeBody? = nil) {
        LibraryDeclarations.record(.subscript, on: self, "subscript")
        addSubscript(get: get, set: set)
    }

    /// Makes the type's values iterable (`for x in value`), recorded in `LibraryDeclarations`.
    func iterates(_ make: @escaping (Value, NativeContext) throws -> NativeIterator) {
        LibraryDeclarations.record(.sequence, on: self, "makeIterator")
        makeIterator = make
    }
}

extension Param {
    /// An unlabeled parameter that only accepts `type` (to sit beside a built-in overload).
    static func typed(_ type: String) -> Param { Param("_", type: type) }
}

/// `.mean`, `.sum` or `.none` as the engine's reduction.
func reduction(_ v: Value) throws -> Reduction {
    switch try v.asSymbol() {
    case "mean": return .mean
    case "sum": return .sum
    case "none": return .none
    case let other: throw ScriptError("type 'Reduction' has no member '\(other)'; use .mean, .sum or .none")
    }
}
