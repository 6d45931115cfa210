// From LanguageConformanceTests.testLetVarAndAnnotations (LANGUAGE.md §2).
let a = 1
var b = 2
b += a
var losses: [Double] = []
losses.append(0.5)
let name: String = "net"
var flag: Bool = false
flag = !flag
let d: [String: Int] = ["x": 1]
let t: (Int, String) = (1, "one")
print(a, b, losses, name, flag, d, t.0, t.1)
