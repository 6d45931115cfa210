// Issue #13: mutating a property of a let struct.
struct Vec { var x: Double }
let a = Vec(x: 3)
print("start")
a.x = 5
print(a.x)
