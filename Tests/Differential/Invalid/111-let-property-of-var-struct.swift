struct P { let x: Int }
var p = P(x: 1)
print("start")
p.x = 2
