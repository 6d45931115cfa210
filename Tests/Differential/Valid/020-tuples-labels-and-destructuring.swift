// From LanguageConformanceTests.testTuplesLabelsAndDestructuring (LANGUAGE.md §2).
let p = (x: 3, y: 4)
let (a, b) = (1, "b")
let q = (9, 2)
print(p.x, p.y, a, b, q, p)
func minMax(_ xs: [Int]) -> (Int, Int) { (xs.min()!, xs.max()!) }
let (lo, hi) = minMax([3, 1, 2])
print(lo, hi)
