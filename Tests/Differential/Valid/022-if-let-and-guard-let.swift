// From LanguageConformanceTests.testIfLetAndGuardLet (LANGUAGE.md §2).
let d = ["a": 1]
if let v = d["a"] { print("got", v) } else { print("none") }
if let v = d["z"] { print("got", v) } else { print("none") }
if let v = d["a"], v > 0, let w = d["a"] { print(v + w) }
func first(_ xs: [Int]) -> Int {
    guard let f = xs.first else { return -1 }
    return f
}
print(first([]), first([7, 8]))
var o: Int? = 4
if let o { print("shorthand", o) }
o = nil
guard o == nil else { fatalError() }
print("end")
