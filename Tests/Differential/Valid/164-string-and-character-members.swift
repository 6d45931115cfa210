import Foundation
let line = "  the quick brown fox  "
let trimmed = line.trimmingCharacters(in: .whitespaces)
print("[\(trimmed)]")
let words = trimmed.components(separatedBy: " ")
print(words, words.count)
print(trimmed.replacingOccurrences(of: "quick", with: "slow"))
print(trimmed.capitalized)
print(String(trimmed.prefix(3)), String(trimmed.suffix(3)))
print(String(trimmed.dropFirst(4)), String(trimmed.dropLast(4)))
var letters = 0, digits = 0, total = 0
for c in "a1b2c3d" {
    if c.isLetter { letters += 1 }
    if c.isNumber { digits += 1; total += c.wholeNumberValue! }
}
print(letters, digits, total)
let csv = "3,1,4,1,5"
let numbers = csv.split(separator: ",").map { Int(String($0))! }
print(numbers.reduce(0, +))
let nested = [[1, 2], [3], [], [4, 5]]
print(nested.flatMap { $0 }, nested.map { $0.count })
let shout = "hello".uppercased()
print(shout.lowercased().capitalized, shout.count)
let ch: Character = "x"
print(ch.isLetter, ch.isUppercase, ch.isLowercase, ch.uppercased())
let seven: Character = "7"
print(seven.wholeNumberValue, ch.wholeNumberValue, ch.asciiValue)
