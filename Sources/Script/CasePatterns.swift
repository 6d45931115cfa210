// Swift's patterns (`case .circle(let r)`, `case (0, let y)`, `case let x?`, `case is T`),
// compiled once into a matcher that tests a value and, when it matches, stores the names
// the pattern binds. `switch`, `if case`, `guard case` and `catch` all use it.

extension Compiler {
    /// Tests a value against a pattern; on a match, the pattern's names hold their parts.
    typealias PatternMatcher = (UnsafeMutablePointer<Value>, Value) throws -> Bool

    /// Declares the pattern's names in the current block and returns its matcher.
    /// `subjectType` (when known) types literals (`case 0.5...:` on a Double) and picks the
    /// enum of `.red`.
    func patternMatcher(_ p: CasePattern, _ subjectType: TypeRef?) throws -> PatternMatcher {
        let ctx = self.ctx
        switch p {
        case .wildcard: return { _, _ in true }
        case .bind(let n, let o, let mutable):
            let store = initializer(try bindingName(n, type: subjectType, mutable: mutable, o))
            return { fp, v in store(fp, v); return true }
        case .tuple(let items): return try tupleMatcher(items, subjectType)
        case .enumCase(let typeName, let name, let args, let offset):
            return try enumCaseMatcher(typeName, name, args, subjectType, offset)
        case .optionalSome(let inner):
            var innerType: TypeRef? = nil
            if case .optional(let t)? = subjectType { innerType = t }
            let m = try patternMatcher(inner, innerType)
            return { fp, v in
                if case .null = v.unboxed { return false }
                return try m(fp, v)
            }
        case .value(let e): return try valueMatcher(e, subjectType)
        case .isType(let t): return { _, v in ctx.typeMatches(v.unboxed, t) }
        case .asType(let inner, let t):
            let m = try patternMatcher(inner, t)
            return { fp, v in
                guard ctx.typeMatches(v.unboxed, t) else { return false }
                return try m(fp, v)
            }
        }
    }

    /// A name a pattern binds. The patterns of one `case` (`case .a(let x), .b(let x):`)
    /// bind the same names, so a name already bound in this block is bound again.
    private func bindingName(_ n: String, type: TypeRef?, mutable: Bool, _ offset: Int) throws -> VarInfo {
        if let existing = scope.blocks[scope.blocks.count - 1][n], !atTopLevel { return existing }
        return try declare(n, isLet: !mutable, type: type?.isConcrete == true ? type : nil, offset: offset)
    }

    private func tupleMatcher(_ items: [(label: String?, pattern: CasePattern)], _ subjectType: TypeRef?) throws -> PatternMatcher {
        var elementTypes = [TypeRef?](repeating: nil, count: items.count)
        if case .tuple(let ts)? = subjectType?.unlabelled, ts.count == items.count { elementTypes = ts.map(\.unlabelled) }
        let parts = try zip(items, elementTypes).map { try patternMatcher($0.0.pattern, $0.1) }
        let n = parts.count
        return { fp, v in
            guard case .tuple(let t) = v.unboxed, t.elements.count == n else { return false }
            for i in 0..<n where try !parts[i](fp, t.elements[i]) { return false }
            return true
        }
    }

    /// `.circle(let r)`, `Shape.rect(let w, _)`, `.red`: the subject is that case, and
    /// its associated values match the sub-patterns.
    private func enumCaseMatcher(_ typeName: String?, _ name: String, _ args: [(label: String?, pattern: CasePattern)]?,
                                 _ subjectType: TypeRef?, _ offset: Int) throws -> PatternMatcher {
        guard let (cls, index) = try enumCase(named: name, in: typeName, context: subjectType, offset) else {
            // Not a lesson enum's case: a static value (`Double.pi`) or a native symbol (`.mean`).
            let base: Expr = typeName.map { Expr(.member(Expr(.name($0), offset), name), offset) } ?? Expr(.implicitMember(name), offset)
            if args != nil { throw err("pattern '\(typeName ?? "").\(name)(…)' is not an enum case", offset) }
            return try valueMatcher(base, subjectType)
        }
        let info = cls.enumCases[index]
        var parts: [PatternMatcher] = []
        if let args {
            let payload = info.payloadTypes ?? []
            guard args.count == payload.count || (args.count == 1 && payload.count > 1) else {
                let parts = zip(info.labels, payload).map { ($0.0.map { "\($0): " } ?? "") + $0.1.description }
                // swiftc points at the pattern's parenthesis, which follows the case name.
                throw err("tuple pattern has the wrong length for tuple type '(\(parts.joined(separator: ", ")))'", offset + name.utf8.count)
            }
            if args.count == payload.count {
                parts = try zip(args, payload).map { try patternMatcher($0.0.pattern, $0.1) }
            } else {
                // `case .rect(let size)`: the whole payload as one tuple.
                let whole = try patternMatcher(args[0].pattern, .tuple(payload))
                let labels = info.labels
                return { fp, v in
                    guard case .structValue(let o) = v.unboxed, o.cls === cls, o.caseIndex == index else { return false }
                    return try whole(fp, .tuple(TupleValue(o.fields, labels: labels)))
                }
            }
        }
        let n = parts.count
        return { fp, v in
            guard case .structValue(let o) = v.unboxed, o.cls === cls, o.caseIndex == index else { return false }
            for i in 0..<n where try !parts[i](fp, o.fields[i]) { return false }
            return true
        }
    }

    /// An expression pattern: compared with `==`, or `~=` for a range (`case 90...:`).
    func valueMatcher(_ p: Expr, _ subjectType: TypeRef?) throws -> PatternMatcher {
        let ctx = self.ctx
        // `case 90...:` on a Double: the literal bounds are Doubles.
        if let t = subjectType, t.numberName == "Double" {
            var range: Code? = nil
            switch p.kind {
            case .binary(let op, let a, let b) where op == "..<" || op == "...":
                let lo = try typed(a, t), hi = try typed(b, t), closed = op == "..."
                range = { fp in .range(RangeValue(lower: try lo(fp), upper: try hi(fp), closed: closed)) }
            case .postfixRange(let a):
                let lo = try typed(a, t)
                range = { fp in .range(RangeValue(lower: try lo(fp), upper: nil, closed: true)) }
            case .prefixRange(let closed, let b):
                let hi = try typed(b, t)
                range = { fp in .range(RangeValue(lower: nil, upper: try hi(fp), closed: closed)) }
            default:
                if p.isIntLiteral { range = try typed(p, t) }
            }
            if let range { return { fp, v in try ctx.patternMatches(try range(fp), v, literal: false) } }
        }
        let c = try typed(p, subjectType.flatMap { enumClass(of: $0) != nil ? $0 : nil }), lit = p.isIntLiteral, offset = p.offset
        // A pattern that cannot be compared with the value fails at the pattern.
        return { fp, v in try withOffset(offset) { try ctx.patternMatches(try c(fp), v, literal: lit) } }
    }

    /// True when the pattern matches every value of its type (`_`, `let x`, `(_, let y)`).
    func isIrrefutable(_ p: CasePattern) -> Bool {
        switch p {
        case .wildcard, .bind: return true
        case .tuple(let items): return items.allSatisfy { isIrrefutable($0.pattern) }
        default: return false
        }
    }
}

extension Value {
    /// The value itself, read through a captured variable's box.
    var unboxed: Value {
        if case ._box(let b) = self { return b.value }
        return self
    }
}
