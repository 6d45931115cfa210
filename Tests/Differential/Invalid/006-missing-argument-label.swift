// Issue #13: the label of the second argument left out.
func power(_ b: Int, to e: Int) -> Int {
    var r = 1
    for _ in 0..<e { r *= b }
    return r
}
print("start")
print(power(2, 10))
