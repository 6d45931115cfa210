// From LanguageConformanceTests.testArithmeticComparisonLogicalOperatorsWithSwiftPrecedence (LANGUAGE.md §2).
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4, -2 * 3)
print(1 == 1, 1 != 2, 1 < 2, 2 <= 2, 3 > 4, 4 >= 5)
print(true && false || true, !(1 > 2), true || false && false)
print("a" < "b", "abc" == "abc", 1.5 < 2.5)
let t = 5 > 3 ? "yes" : "no"
print(t, 1 + 2 == 3 ? 10 : 20)
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
