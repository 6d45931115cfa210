print("start")
var counts = [1, 2, 3]
counts.insert(0.5, at: 0)
print(counts)
