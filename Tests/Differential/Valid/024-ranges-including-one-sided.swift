// From LanguageConformanceTests.testRangesIncludingOneSided (LANGUAGE.md §2).
for i in 0..<3 { print(i, terminator: " ") }
for i in 1...3 { print(i, terminator: " ") }
print()
let xs = [10, 20, 30, 40]
print(xs[1...], xs[..<2], xs[...1], xs[1..<3])
print(Array(0..<4), (1...4).reduce(0, +), (0..<5).contains(4), (0..<5).count)
