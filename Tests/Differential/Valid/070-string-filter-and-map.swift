// Issue #13: filter and map over a string's characters.
let s = "a1b2c3"
let digits = s.filter { "0123456789".contains($0) }
let letters = s.filter { !"0123456789".contains($0) }
print(digits, letters, digits.count)
let vowels = "programming".filter { "aeiou".contains($0) }
print(vowels)
let upper = "abc".map { $0.uppercased() }
print(upper, upper.joined())
print("hello world".filter { $0 != " " })
