var scores: [(name: String, score: Int)] = [("ann", 90), ("bob", 72)]
scores.append((name: "cy", score: 85))
scores = scores.sorted { $0.score > $1.score }
for s in scores { print(s.name, s.score) }
let top = scores[0]
print(top, top.name)
let (n, sc) = scores[2]
print(n, sc)
