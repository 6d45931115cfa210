let a: Set<Int> = [1, 2, 3, 4]
let b: Set<Int> = [3, 4, 5]
print(a.union(b).sorted(), a.intersection(b).sorted())
print(a.subtracting(b).sorted(), b.subtracting(a).sorted(), a.count, b.isEmpty)
var s = a
s.insert(2)
s.insert(10)
print(s.count, s.sorted(), s.contains(10))
