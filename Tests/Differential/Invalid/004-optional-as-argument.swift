// Issue #13: an optional passed where a Double is expected.
func f(_ x: Double) -> Double { x * 2 }
let d = ["a": 1.5]
print("start")
print(f(d["a"]))
