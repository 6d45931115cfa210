func square(_ x: Int) -> Int { x * x }
print("start")
print(square(x: 4))
