class A { var v = 1 }
print("start")
let a = A()
a.w = 2
