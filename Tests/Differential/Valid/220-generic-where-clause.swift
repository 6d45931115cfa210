func allEqual<C: Collection>(_ c: C) -> Bool where C.Element: Equatable {
    guard let first = c.first else { return true }
    return c.allSatisfy { $0 == first }
}

func sum<T: Numeric>(_ values: [T]) -> T {
    var total: T = 0
    for v in values { total += v }
    return total
}

func describeAll<T: CustomStringConvertible>(_ items: [T]) -> String {
    return items.map { $0.description }.joined(separator: ", ")
}

print(allEqual([2, 2, 2]), allEqual([1, 2]), allEqual([String]()))
print(allEqual("aaa"))
print(sum([1, 2, 3, 4]), sum([0.5, 0.25]))
print(describeAll([1, 20, 300]))
print(describeAll([true, false]))
