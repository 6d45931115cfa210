// Issue #13: a tuple literal takes the labels of the type it is stored into or passed as.
let p: (x: Int, y: Int) = (1, 2)
print(p, p.x)
var table: [(name: String, n: Int)] = [("a", 1)]
table.append(("b", 2))
table += [("c", 3)]
table.insert(("d", 4), at: 0)
print(table, table[1].name)
func width(_ t: (lo: Double, hi: Double)) -> Double { t.hi - t.lo }
print(width((1, 3)))
func spread(of xs: [Double]) -> (min: Double, max: Double) {
    (xs.min() ?? 0, xs.max() ?? 0)
}
let s = spread(of: [2, 7, 1])
print(s, s.max - s.min)
