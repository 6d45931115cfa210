func permutations(_ xs: [Int]) -> [[Int]] {
    if xs.count <= 1 { return [xs] }
    var out: [[Int]] = []
    for i in 0..<xs.count {
        var rest = xs
        let head = rest.remove(at: i)
        for p in permutations(rest) { out.append([head] + p) }
    }
    return out
}
let ps = permutations([1, 2, 3])
print(ps.count)
for p in ps { print(p) }
