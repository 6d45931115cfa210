// Issue #13: String(chars) for [Character] is the string, not the array's description.
let word = "hi there"
let chars = Array(word)
print(String(chars))
print(String(chars.reversed()))
let letters: [Character] = ["a", "b", "c"]
print(String(letters), String(letters[1...]))
var out: [Character] = []
for c in word where c != " " { out.append(c) }
print(String(out), out.count)
