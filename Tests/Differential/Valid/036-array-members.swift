// From LanguageConformanceTests.testArrayMembers (LANGUAGE.md §2).
var xs = [5, 3, 8]
print(xs[0], xs[1..<3], xs.count, xs.isEmpty, [Int]().isEmpty)
xs.append(1)
xs.insert(9, at: 0)
print(xs)
let r = xs.remove(at: 1)
let l = xs.removeLast()
print(r, l, xs)
print(xs.first!, xs.last!, xs.contains(8), xs.contains(4), xs.firstIndex(of: 8)!, xs.firstIndex(of: 4) == nil)
print(xs.map { $0 * 2 }, xs.filter { $0 > 4 }, xs.reduce(0, +))
print(xs.sorted(), xs.sorted(by: >), Array(xs.reversed()))
for (i, v) in xs.enumerated() { print(i, v, terminator: "; ") }
print()
print(Array(zip(xs, ["a", "b", "c"])))
print(xs.min()!, xs.max()!, ["a", "b"].joined(separator: "-"), ["x"].joined())
print(Array(repeating: 0, count: 3), Array(repeating: "ab", count: 2), [1] + [2, 3])
xs[0] = 100
print(xs)
