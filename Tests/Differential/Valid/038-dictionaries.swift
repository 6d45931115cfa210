// From LanguageConformanceTests.testDictionaries (LANGUAGE.md §2).
var ages = ["bo": 3, "al": 5]
print(ages["bo"]!, ages["zz"] == nil, ages["zz", default: 0], ages.count)
ages["cy"] = 1
ages["bo"] = nil
ages["al", default: 0] += 10
for (k, v) in ages.sorted(by: { $0.key < $1.key }) { print(k, v) }
print(ages.keys.sorted(), ages.values.sorted())
for key in ages.keys.sorted() { print(key, ages[key]!, terminator: "|") }
print()
var counts: [Character: Int] = [:]
for ch in "abca" { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }, counts.isEmpty)
