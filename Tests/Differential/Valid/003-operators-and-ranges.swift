// Operators with Swift precedence, operators as functions, ranges and stride.
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4, -2 * 3)
print(1 == 1, 1 != 2, 1 < 2, 2 <= 2, 3 > 4, 4 >= 5)
print(true && false || true, !(1 > 2), true || false && false)
print("a" < "b", "abc" == "abc", 1.5 < 2.5)
let answer = 5 > 3 ? "yes" : "no"
print(answer, 1 + 2 == 3 ? 10 : 20)
var v = 10
v += 5; v -= 3; v *= 2; v /= 4
var w = 1.5
w *= 2; w /= 4; w -= 1; w += 0.25
print(v, w)
var s = "a"
s += "b"
var arr = [1]
arr += [2, 3]
print(s, arr)
_ = arr.count

print([1, 2, 3].reduce(0, +), [1, 2, 3, 4].reduce(1, *), [1.5, 0.5].reduce(0, +))
print([3, 1, 2].sorted(by: >), [3, 1, 2].sorted(by: <), ["b", "a"].sorted(by: <))
func combine(_ xs: [Int], _ op: (Int, Int) -> Int) -> Int { xs.reduce(xs[0]) { op($0, $1) } }
print(combine([1, 2, 3], +), combine([2, 3], *), ["b", "c"].reduce("a", +))

for i in 0..<3 { print(i, terminator: " ") }
for i in 1...3 { print(i, terminator: " ") }
print()
let xs = [10, 20, 30, 40]
print(xs[1...], xs[..<2], xs[...1], xs[1..<3])
print(Array(0..<4), (1...4).reduce(0, +), (0..<5).contains(4), (0..<5).count)
print(Array(stride(from: 0, to: 10, by: 3)), Array(stride(from: 0, through: 9, by: 3)))
print(Array(stride(from: 5, to: 0, by: -2)))
for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
