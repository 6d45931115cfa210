let n = 3
print("start")
let s = "count: " + n
print(s)
