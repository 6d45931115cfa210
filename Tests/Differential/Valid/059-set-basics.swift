// Issue #13: Set<T> removes duplicates; sorted for a stable print.
let s: Set<String> = ["a", "b", "a"]
print(s.count, s.contains("a"), s.contains("z"))
var seen = Set<Int>()
for x in [3, 1, 3, 2, 1] { seen.insert(x) }
print(seen.count, seen.sorted())
let evens: Set = [2, 4, 6]
let small: Set = [1, 2, 3, 4]
print(evens.intersection(small).sorted(), evens.union(small).sorted(), small.subtracting(evens).sorted())
seen.remove(3)
print(seen.sorted(), seen.isEmpty)
