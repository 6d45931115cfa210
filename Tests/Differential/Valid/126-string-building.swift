var line = ""
for i in 1...5 {
    line += String(i)
    if i < 5 { line += "-" }
}
print(line)
var pyramid: [String] = []
for n in 1...3 {
    pyramid.append(String(repeating: " ", count: 3 - n) + String(repeating: "*", count: 2 * n - 1))
}
print(pyramid.joined(separator: "\n"))
let table = [("a", 1), ("bb", 22)].map { "\($0.0):\($0.1)" }
print(table)
