// Tuples: element places by position or label, and a tuple taking a declared tuple type
// (its elements checked, its labels attached).

extension TupleValue {
    /// The position of element `name`: `0`, `1`… or a label.
    func elementIndex(_ name: String) -> Int? {
        if let i = Int(name), i >= 0, i < elements.count { return i }
        return labels?.firstIndex(where: { $0 == name })
    }
}

extension NativeContext {
    /// A tuple converted to a declared tuple type: elements checked against their types
    /// and the type's labels attached (`let m: (lo: Int, hi: Int) = (1, 2)`; `m.lo`).
    func coerceTuple(_ v: Value, _ types: [TypeRef], literal: Bool, context: CoercionContext) throws -> Value {
        guard case .tuple(let t) = v else {
            if case .null = v { return v }
            throw coercionError(v, .tuple(types), context)
        }
        guard t.elements.count == types.count else { throw coercionError(v, .tuple(types), context) }
        var elements = t.elements
        for i in elements.indices { elements[i] = try coerce(elements[i], to: types[i].unlabelled, literal: literal, context: context) }
        var labels: [String?] = types.map { if case .labelled(let l, _) = $0 { return l }; return nil }
        if labels.allSatisfy({ $0 == nil }) {
            guard let own = t.labels else { return .tuple(TupleValue(elements)) }
            labels = own
        }
        return .tuple(TupleValue(elements, labels: labels))
    }
}
