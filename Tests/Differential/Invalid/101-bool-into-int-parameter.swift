func square(_ x: Int) -> Int { x * x }
let big = true
print("start")
print(square(big))
