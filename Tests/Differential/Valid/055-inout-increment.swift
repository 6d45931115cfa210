// Issue #13: an inout parameter writes back to the caller's variable.
func inc(_ n: inout Int) { n += 1 }
var a = 0
inc(&a)
inc(&a)
print(a)
func scale(_ xs: inout [Double], by k: Double) {
    for i in 0..<xs.count { xs[i] *= k }
}
var ws: [Double] = [1, 2, 3]
scale(&ws, by: 0.5)
print(ws)
func swapValues(_ x: inout Int, _ y: inout Int) {
    let t = x
    x = y
    y = t
}
var p = 1, q = 2
swapValues(&p, &q)
print(p, q)
