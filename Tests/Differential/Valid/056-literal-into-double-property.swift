// Issue #13: a literal stored into a Double-typed place is a Double.
class S { var v: [Double] = [] }
let s = S()
s.v = [1, 2]
print(s.v)
let n = s.v.count
print(s.v.reduce(0, +) / Double(n))
s.v.append(4)
print(s.v, s.v.max()!)
var d: [String: Double] = [:]
d["a"] = 1
d["b"] = 2.5
print(d["a"]!, d["b"]!, d.values.sorted())
struct Box { var w: Double = 0 }
var b = Box()
b.w = 3
print(b.w)
