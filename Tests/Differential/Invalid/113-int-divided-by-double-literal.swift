let x = 3
print("start")
let y = x / 2.0
