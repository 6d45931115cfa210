var d: [String: Int] = [:]
print("start")
d["a"] = 1.5
