let total = 7
let n = 2
print("start")
let avg: Double = total / n
print(avg)
