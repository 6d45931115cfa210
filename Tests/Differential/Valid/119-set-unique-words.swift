let text = "the quick brown fox jumps over the lazy dog the end"
let words = text.split(separator: " ").map { String($0) }
let unique = Set(words)
print(words.count, unique.count)
print(unique.sorted()[0..<3])
let short: Set = Set(words.filter { $0.count == 3 })
print(short.sorted(), short.contains("fox"))
var letters = Set<Character>()
for w in words { for c in w { letters.insert(c) } }
print(letters.count)
