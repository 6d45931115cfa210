// From LanguageConformanceTests.testStringBasics (LANGUAGE.md §2).
let s = "Hello"
let t = s + ", world"
print(t, t.count, "".isEmpty, s.isEmpty)
print(s.uppercased(), s.lowercased(), s.hasPrefix("He"), s.hasSuffix("lo"), s.hasPrefix("lo"))
print("a,b,,c".split(separator: ","))
print("one two".split(separator: " ").map { String($0) })
print(String(42), String(2.5), String(true), String("x"), String(Character("c")))
print(s.contains("ell"), s == "Hello")
