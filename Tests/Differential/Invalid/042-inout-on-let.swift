func inc(_ n: inout Int) { n += 1 }
let a = 0
print("start")
inc(&a)
