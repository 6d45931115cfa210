print("start")
let xs = [1, 2, 3]
let total: Double = xs.reduce(0, +)
