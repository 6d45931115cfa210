// Issue #13: a literal takes the element type of the place it goes into, as the
// method's signature or the subscript's default gives it in Swift.
var xs: [Double] = []
xs.append(1)
xs += [2]
xs.insert(3, at: 0)
xs.append(contentsOf: [4, 5])
print(xs, xs.contains(1), xs.firstIndex(of: 2) ?? -1)
var seen: Set<Double> = [1]
seen.insert(2)
print(seen.contains(2), seen.count)
var totals: [String: Double] = [:]
totals["x", default: 0] += 1
print(totals, totals["y", default: 2])
var groups: [String: [Double]] = [:]
groups["a", default: []].append(4)
print(groups)
var letters: [Character] = []
letters.append("x")
letters += ["y", "z"]
print(String(letters), [1, 2] as [Double])
