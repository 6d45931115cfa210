let n = 3
print("start")
let y = n * 0.5
print(y)
