let x = 1
print("start")
let x = 2
