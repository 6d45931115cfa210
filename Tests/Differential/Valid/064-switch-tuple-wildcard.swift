// Issue #13: `_` and tuple patterns in switch.
func describe(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "on x"
    case (0, _): return "on y"
    case (let x, let y) where x == y: return "diagonal \(x)"
    default: return "elsewhere"
    }
}
print(describe((0, 0)), describe((3, 0)), describe((0, 2)), describe((4, 4)), describe((1, 2)))
let point = (2, 5)
switch point {
case (0...3, 0...3): print("small")
case (0...3, _): print("tall")
default: print("far")
}
