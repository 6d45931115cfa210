// Issue #13: max and min with a literal take the Double.
func relu(_ v: Double) -> Double { max(0, v) }
func clamp01(_ v: Double) -> Double { min(max(v, 0), 1) }
print(relu(-2.5), relu(3), clamp01(1.7), clamp01(-1), clamp01(0.25))
let v = 0.75
print(min(v, 1), max(v, 2), max(1, 2, 3.5))
let scores = [3.5, 9.0, 7.25]
var best = 0.0
for s in scores { best = max(best, s) }
print(best)
