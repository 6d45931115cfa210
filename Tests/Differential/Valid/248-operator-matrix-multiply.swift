struct Mat2 {
    var a, b, c, d: Double

    static func * (m: Mat2, n: Mat2) -> Mat2 {
        return Mat2(a: m.a * n.a + m.b * n.c, b: m.a * n.b + m.b * n.d,
                    c: m.c * n.a + m.d * n.c, d: m.c * n.b + m.d * n.d)
    }
    static func + (m: Mat2, n: Mat2) -> Mat2 {
        return Mat2(a: m.a + n.a, b: m.b + n.b, c: m.c + n.c, d: m.d + n.d)
    }
    static func * (m: Mat2, v: [Double]) -> [Double] {
        return [m.a * v[0] + m.b * v[1], m.c * v[0] + m.d * v[1]]
    }
    static let identity = Mat2(a: 1, b: 0, c: 0, d: 1)
    var determinant: Double { return a * d - b * c }
}

let rot = Mat2(a: 0, b: -1, c: 1, d: 0)
let r2 = rot * rot
print(r2.a, r2.b, r2.c, r2.d)
print(rot * [1.0, 0.0])
let s = rot + Mat2.identity
print(s.determinant)
var power = Mat2.identity
for _ in 0..<4 { power = power * rot }
print(power.a == 1 && power.d == 1)
