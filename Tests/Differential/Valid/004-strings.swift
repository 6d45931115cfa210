// Strings: members, String(format:), interpolation, multi-line literals, characters.
import Foundation

let s = "Hello"
let t = s + ", world"
print(t, t.count, "".isEmpty, s.isEmpty)
print(s.uppercased(), s.lowercased(), s.hasPrefix("He"), s.hasSuffix("lo"), s.hasPrefix("lo"))
print("a,b,,c".split(separator: ","))
print("one two".split(separator: " ").map { String($0) })
print(String(42), String(2.5), String(true), String(Character("c")), s.contains("ell"))
print(String(format: "%.4f", 3.14159265))
print(String(format: "%d items, %.1f%%", 3, 12.34))
print(String(format: "%5.2f|%-4d|%03d|%x", 2.0, 7, 7, 255))

let n = 3
let x = 0.5
print("n=\(n) x=\(x) sum=\(Double(n) + x) \(s.uppercased()) \([1, 2])")
print("nested \("inner \(n * 2)")", "tab\tnew\\line \"quoted\"")

let text = """
    first line
      indented \(n)
    last
    """
print(text)
print(text.split(separator: "\n").count)

var reversed = ""
for ch in "abc" { reversed = String(ch) + reversed }
print(reversed)
let chars = Array("hello")
print(chars, chars.count, chars[1])
let letter: Character = "a"
print(letter.asciiValue!, Character("A").asciiValue!)
var codes: [Int] = []
for ch in "hi" { codes.append(Int(ch.asciiValue!)) }
print(codes, String(chars.reversed()), String(chars[1...2]))
