let xs = [1.0, 2.0, 4.0]
print("start")
let mean = xs.reduce(0, +) / xs.count
print(mean)
