// From LanguageConformanceTests.testStringIterationArrayOfCharactersAndAsciiValue (LANGUAGE.md §2).
var out = ""
for ch in "abc" { out = String(ch) + out }
print(out)
let chars = Array("hello")
print(chars, chars.count, chars[1])
let a: Character = "a"
print(a.asciiValue!, Character("A").asciiValue!)
var codes: [Int] = []
for c in "hi" { codes.append(Int(c.asciiValue!)) }
print(codes, String(chars.reversed()), String(chars[1...2]))
