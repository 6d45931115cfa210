// From LanguageConformanceTests.testForLoopsWithTuplesWildcardAndWhere (LANGUAGE.md §2).
for (a, b) in [(1, "x"), (2, "y")] { print(a, b) }
var n = 0
for _ in 0..<4 { n += 1 }
for i in 1...10 where i % 3 == 0 { print(i, terminator: " ") }
print(n)
for (i, c) in Array("ab").enumerated() { print(i, c) }
