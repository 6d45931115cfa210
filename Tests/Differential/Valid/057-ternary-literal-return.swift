// Issue #13: ternary branches take the return type.
func g(_ b: Bool) -> Double { b ? 0 : 1 }
print(g(true), g(false))
func sign(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : 0) }
print(sign(2.5), sign(-3), sign(0))
let v = 2.5
let z: Double = v > 1 ? 1 : 0
print(z)
let label = v > 2 ? "big" : "small"
print(label)
