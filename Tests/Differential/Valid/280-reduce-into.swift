let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
let byLetter = words.reduce(into: [Character: [String]]()) { result, w in
    result[w.first!, default: []].append(w)
}
for key in byLetter.keys.sorted() {
    print(key, byLetter[key]!)
}
let counts = "mississippi".reduce(into: [:]) { (c: inout [Character: Int], ch: Character) in
    c[ch, default: 0] += 1
}
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined(separator: " "))
let runningSums = [1, 2, 3, 4].reduce(into: [Int]()) { acc, x in
    acc.append((acc.last ?? 0) + x)
}
print(runningSums)
let total = [0.5, 1.5, 2.0].reduce(into: 0.0) { $0 += $1 }
print(total)
