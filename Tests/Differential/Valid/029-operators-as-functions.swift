// From LanguageConformanceTests.testOperatorsAsFunctions (LANGUAGE.md §2).
print([1, 2, 3].reduce(0, +), [1, 2, 3, 4].reduce(1, *))
print([3, 1, 2].sorted(by: >), [3, 1, 2].sorted(by: <))
print(["b", "a"].sorted(by: <), [1.5, 0.5].reduce(0, +))
func combine(_ xs: [Int], _ op: (Int, Int) -> Int) -> Int { xs.reduce(xs[0]) { op($0, $1) } }
print(combine([1, 2, 3], +), combine([2, 3], *), ["b", "c"].reduce("a", +))
