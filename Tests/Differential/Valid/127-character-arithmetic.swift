let word = "abc"
var codes: [Int] = []
for c in word { codes.append(Int(c.asciiValue!)) }
print(codes, codes.reduce(0, +))
let digits = "40213"
let sum = digits.map { Int(String($0))! }.reduce(0, +)
print(sum)
let chars = Array("swift")
print(chars.first!, chars.last!, chars.count, String(chars.sorted()))
