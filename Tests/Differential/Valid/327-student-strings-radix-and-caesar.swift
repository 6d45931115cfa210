import Foundation
let s = "Swift Lessons"
print(s.filter { $0.isUppercase }, "a1b2".filter(\.isNumber), Character("7").wholeNumberValue ?? -1)
print(String(255, radix: 16), Int("ff", radix: 16)!, String(5, radix: 2))
for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
let people = [("ann", 31), ("bob", 27), ("cid", 35)]
print(people.sorted { $0.1 < $1.1 }.map { $0.0 }, people.min { $0.1 < $1.1 }!.0)
let idx = Array(people.indices)
print(idx, people.enumerated().map { "\($0.offset):\($0.element.0)" })
var counts = [Character: Int]()
for ch in "mississippi" { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined())
let caesar = String("abc xyz".map { c -> Character in
    guard let a = c.asciiValue, c.isLetter else { return c }
    return Character(UnicodeScalar((a - 97 + 3) % 26 + 97))
})
print(caesar)
let nested = [[1, 2], [3], []]
print(nested.flatMap { $0 }, nested.map(\.count), nested.filter { !$0.isEmpty }.count)
let words = "one two three".components(separatedBy: " ")
print(words.map { $0.capitalized }, words.last!.count, words.contains("two"))
