let labels = [3, 1, 3, 2, 1, 5, 2, 3]
let distinct = Set(labels)
print(distinct.count, distinct.sorted())
var seen: Set<Int> = []
var ordered: [Int] = []
for l in labels {
    if seen.insert(l).inserted {
        ordered.append(l)
    }
}
print(ordered)
let maybeRemoved = seen.remove(42)
print(maybeRemoved == nil)
let removed = seen.remove(3)
print(removed!, seen.sorted())
print(seen.min()!, seen.max()!, seen.reduce(0, +))
let filtered = seen.filter { $0 > 1 }
print(filtered.sorted(), type(of: filtered))
