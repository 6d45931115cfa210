struct P { var x: Int }
print("start")
let ps = [P(x: 1)]
for p in ps { p.x += 1 }
