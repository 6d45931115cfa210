struct Run {
    let score: Double
}

func largest<T: Comparable>(_ items: [T]) -> T {
    var best = items[0]
    for i in items where i > best { best = i }
    return best
}

print("start")
let best = largest([Run(score: 0.5), Run(score: 0.9)])
print(best.score)
