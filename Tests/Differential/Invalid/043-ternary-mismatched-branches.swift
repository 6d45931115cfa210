let ok = true
print("start")
let v = ok ? 1 : "no"
