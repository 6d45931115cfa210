let counts = ["a": 1]
print("start")
counts["b"] = 2
