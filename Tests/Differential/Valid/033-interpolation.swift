// From LanguageConformanceTests.testInterpolation (LANGUAGE.md §2).
let n = 3
let x = 0.5
let name = "net"
print("n=\(n) x=\(x) sum=\(Double(n) + x) \(name.uppercased()) \([1, 2]) \("q")")
print("nested \("inner \(n * 2)")")
print("\(n)\(n)", "tab\tnew\\line \"quoted\"")
