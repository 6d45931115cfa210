let s = "Hello, Swift World"
print(s.count, s.lowercased(), s.uppercased())
print(s.hasPrefix("Hello"), s.hasSuffix("World"), s.contains("Swift"))
let parts = s.split(separator: " ")
print(parts.count, parts.map { $0.count })
let csv = "a,b,c"
print(csv.split(separator: ",").joined(separator: " | "))
print(s.first!, s.last!, Array(s)[7...11].count)
