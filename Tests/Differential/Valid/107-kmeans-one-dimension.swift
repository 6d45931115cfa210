let points: [Double] = [1, 2, 3, 10, 11, 12, 25, 26]
var centres: [Double] = [1, 10, 20]
for _ in 0..<5 {
    var groups = [[Double]](repeating: [], count: centres.count)
    for p in points {
        var best = 0
        for (i, c) in centres.enumerated() where abs(p - c) < abs(p - centres[best]) { best = i }
        groups[best].append(p)
    }
    centres = groups.map { $0.isEmpty ? 0 : $0.reduce(0, +) / Double($0.count) }
}
print(centres)
