let xs = [1, 2, 3]
let i = 1.0
print("start")
print(xs[i])
