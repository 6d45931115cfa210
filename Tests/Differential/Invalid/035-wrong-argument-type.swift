func greet(_ name: String) -> String { "hi " + name }
print("start")
print(greet(42))
