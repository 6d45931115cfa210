let evens: Set = [0, 2, 4, 6, 8]
let primes: Set = [2, 3, 5, 7]
let small: Set = [0, 1, 2]

print(evens.union(primes).sorted())
print(evens.intersection(primes).sorted())
print(evens.subtracting(primes).sorted())
print(evens.symmetricDifference(primes).sorted())
print(small.isSubset(of: evens), Set([0, 2]).isSubset(of: evens))
print(evens.isSuperset(of: [4, 6]), evens.isDisjoint(with: [1, 3]))
var s = Set<Int>()
s.insert(5)
s.insert(5)
s.insert(1)
print(s.count, s.sorted())
s.remove(5)
print(s.contains(5), s.contains(1), s.isEmpty)
