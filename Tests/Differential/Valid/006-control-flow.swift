// Control flow: if/else if/else, guard, for (tuples, _, where), while, repeat, switch.
func grade(_ s: Int) -> String {
    if s >= 90 { return "A" } else if s >= 80 { return "B" } else { return "C" }
}
func sign(_ x: Int) -> String {
    guard x > 0 else { return "non-positive" }
    return "positive"
}
print(grade(95), grade(85), grade(10), sign(0), sign(3))

for (a, b) in [(1, "x"), (2, "y")] { print(a, b) }
var n = 0
for _ in 0..<4 { n += 1 }
for i in 1...10 where i % 3 == 0 { print(i, terminator: " ") }
print(n)

var i = 0
while i < 3 { i += 1 }
var j = 10
repeat { j += 1 } while j < 5
var k = 0
var seen: [Int] = []
while true {
    k += 1
    if k % 2 == 0 { continue }
    if k > 7 { break }
    seen.append(k)
}
print(i, j, seen)

func kind(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2: return "small"
    case 3..<10: return "medium"
    case 10...: return "large"
    default: return "negative"
    }
}
print(kind(0), kind(2), kind(5), kind(99), kind(-1))
for s in ["cat", "dog", "emu"] {
    switch s {
    case "cat": print("meow")
    case "dog":
        print("woof")
    default:
        print("?")
    }
}
let x = 0.5
switch x {
case 0..<0.25: print("low")
case 0.25...1: print("high")
default: print("out")
}
