func indexOf<T: Equatable>(_ target: T, in items: [T]) -> Int? {
    for (i, item) in items.enumerated() {
        if item == target { return i }
    }
    return nil
}

func countMatches<T: Equatable>(_ items: [T], _ target: T) -> Int {
    return items.filter { $0 == target }.count
}

func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    var result: [T] = []
    for item in items where !seen.contains(item) {
        seen.insert(item)
        result.append(item)
    }
    return result
}

print(indexOf(3, in: [5, 3, 1])!)
print(indexOf("z", in: ["a", "b"]) == nil)
print(countMatches([1, 2, 1, 1, 3], 1))
print(unique([3, 1, 3, 2, 1, 4]))
print(unique(["b", "a", "b"]))
