struct S { let a: Int; let b: String }
print("start")
let s = S(b: "x", a: 1)
