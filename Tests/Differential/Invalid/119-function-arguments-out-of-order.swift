func f(a: Int, b: Int) -> Int { a + b }
print("start")
print(f(b: 1, a: 2))
