// Swift's basics on built-in values: properties and methods of String, Array, Dictionary,
// Double, Int; static members (`Double.pi`); conversions (`Double(n)`, `String(format:)`).

extension NativeContext {
    func builtinProperty(_ v: Value, _ name: String) throws -> Value? { nil }
    func builtinMemberNames(_ v: Value) -> [String] { [] }
    func builtinStaticMember(_ type: String, _ name: String) throws -> Value? { nil }
    func builtinStaticNames(_ type: String) -> [String] { [] }
    func builtinConstruct(_ type: String, args: [Value], labels: [String?], literalMask: UInt64) throws -> Value {
        throw ScriptError("cannot find '\(type)' in scope")
    }
}
