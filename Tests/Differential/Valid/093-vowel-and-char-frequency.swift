let text = "mississippi river"
var freq: [Character: Int] = [:]
for c in text where c != " " { freq[c, default: 0] += 1 }
for c in freq.keys.sorted() { print(c, freq[c]!, terminator: "; ") }
print()
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let n = text.filter { vowels.contains($0) }.count
print("vowels:", n)
