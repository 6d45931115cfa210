var xs = [1, 2]
print("start")
let y: Int = xs.first
