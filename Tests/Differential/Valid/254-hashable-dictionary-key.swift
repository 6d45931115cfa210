struct Edge: Hashable {
    let from: String
    let to: String
}

var weights: [Edge: Double] = [:]
weights[Edge(from: "a", to: "b")] = 1.5
weights[Edge(from: "b", to: "c")] = 2.0
weights[Edge(from: "a", to: "b")] = 3.0
print(weights.count)
print(weights[Edge(from: "a", to: "b")]!)
print(weights[Edge(from: "c", to: "a")] == nil)
let keys = weights.keys.sorted { $0.from + $0.to < $1.from + $1.to }
for k in keys {
    print("\(k.from)->\(k.to): \(weights[k]!)")
}
