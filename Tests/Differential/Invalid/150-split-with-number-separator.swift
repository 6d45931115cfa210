print("start")
let line = "1,2,3"
let parts = line.split(separator: 1)
print(parts)
