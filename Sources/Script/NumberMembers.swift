import Foundation

// `Double`'s and `Int`'s members: properties, methods and static members (`Double.pi`,
// `Int.random(in:)`).

func declareDoubleMembers(_ t: NativeType) {
    func double(_ c: NativeCall) throws -> Double { try c.receiver.asDouble() }
    t.addProperty("isNaN") { c in .bool(try double(c).isNaN) }
    t.addProperty("isInfinite") { c in .bool(try double(c).isInfinite) }
    t.addProperty("isFinite") { c in .bool(try double(c).isFinite) }
    t.addMethod("squareRoot", []) { c in .double(try double(c).squareRoot()) }
    t.addMethod("rounded", []) { c in .double(try double(c).rounded()) }
    // `x.rounded(.down)`: Swift's FloatingPointRoundingRule, named by its case.
    t.addMethod("rounded", ["_"]) { c in
        let rules: [String: FloatingPointRoundingRule] = [
            "down": .down, "up": .up, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
            "toNearestOrEven": .toNearestOrEven, "toNearestOrAwayFromZero": .toNearestOrAwayFromZero,
        ]
        guard case .symbol(let name) = c[0], let rule = rules[name] else {
            throw ScriptError("rounded(_:) takes a rounding rule: .down, .up, .towardZero, .awayFromZero, .toNearestOrEven or .toNearestOrAwayFromZero")
        }
        return .double(try double(c).rounded(rule))
    }
    t.addMethod("truncatingRemainder", ["dividingBy"]) { c in .double(try double(c).truncatingRemainder(dividingBy: try c.double(0))) }

    t.addStaticProperty("pi") { _ in .double(Double.pi) }
    t.addStaticProperty("infinity") { _ in .double(Double.infinity) }
    t.addStaticProperty("nan") { _ in .double(Double.nan) }
    t.addStaticProperty("greatestFiniteMagnitude") { _ in .double(Double.greatestFiniteMagnitude) }
    t.addStaticMethod("random", ["in"]) { c in
        guard case .range(let r) = c[0], let lo = r.lower, let hi = r.upper else { throw ScriptError("Double.random(in:) needs a range") }
        let a = try lo.asDouble(), b = try hi.asDouble()
        return .double(a + (b - a) * c.context.random.nextDouble())
    }
}

func declareIntMembers(_ t: NativeType) {
    func int(_ c: NativeCall) throws -> Int {
        guard case .int(let n) = c.receiver else { throw ScriptError.typeMismatch(expected: "Int", actual: c.receiver) }
        return n
    }
    t.addMethod("isMultiple", ["of"]) { c in .bool(try int(c).isMultiple(of: try c.int(0))) }
    t.addMethod("signum", []) { c in .int(try int(c).signum()) }
    t.addProperty("magnitude") { c in .int(Int(try int(c).magnitude)) }
    t.addMethod("quotientAndRemainder", ["dividingBy"]) { c in
        let d = try c.int(0)
        guard d != 0 else { throw ScriptError("Fatal error: Division by zero") }
        let (q, r) = try int(c).quotientAndRemainder(dividingBy: d)
        return .tuple(TupleValue([.int(q), .int(r)], labels: ["quotient", "remainder"]))
    }
    t.addStaticProperty("max") { _ in .int(Int.max) }
    t.addStaticProperty("min") { _ in .int(Int.min) }
    t.addStaticMethod("random", ["in"]) { c in
        guard case .range(let r) = c[0], let b = r.intBounds, !b.isEmpty else { throw ScriptError("Int.random(in:) needs a non-empty Int range") }
        return .int(c.context.random.nextInt(in: b))
    }
}
