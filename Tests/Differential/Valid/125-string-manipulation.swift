let s = "Hello, Swift World"
print(s.count, s.lowercased(), s.uppercased())
print(s.hasPrefix("Hello"), s.hasSuffix("World"), s.contains("Swift"))
let parts = s.split(separator: " ")
print(parts.count, parts.map { $0.count })
print(s.replacingOccurrences(of: "World", with: "Class"))
let csv = "a,b,c"
print(csv.split(separator: ",").joined(separator: " | "))
print(String(s.prefix(5)), String(s.suffix(5)), s.first!, s.last!)
