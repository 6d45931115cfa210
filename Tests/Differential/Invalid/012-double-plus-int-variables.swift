let a = 2.0
let b = 3
print("start")
print(a + b)
