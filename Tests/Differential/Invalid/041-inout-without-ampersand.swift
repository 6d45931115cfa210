func inc(_ n: inout Int) { n += 1 }
var a = 0
print("start")
inc(a)
