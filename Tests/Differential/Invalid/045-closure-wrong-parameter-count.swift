let xs = [1, 2, 3]
print("start")
let ys = xs.map { a, b in a + b }
