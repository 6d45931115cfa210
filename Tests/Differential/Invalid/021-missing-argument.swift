func add(_ a: Int, _ b: Int) -> Int { a + b }
print("start")
print(add(1))
