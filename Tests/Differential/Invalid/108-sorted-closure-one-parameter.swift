let scores = [3.5, 1.0, 2.25]
print("start")
let ranked = scores.sorted { s in s > 2 }
print(ranked)
