// Issue #13: a nested function that calls itself, is passed on as a value, and is
// called from a closure inside itself.
func factorials(upTo n: Int) -> [Int] {
    func fact(_ m: Int) -> Int { m <= 1 ? 1 : m * fact(m - 1) }
    let f = fact
    return (1...n).map(fact) + [f(4)]
}
print(factorials(upTo: 5))
func depth(_ tree: [Int: [Int]], from root: Int) -> Int {
    func go(_ node: Int) -> Int {
        let children = tree[node] ?? []
        return 1 + (children.map { go($0) }.max() ?? 0)
    }
    return go(root)
}
print(depth([1: [2, 3], 2: [4], 4: [5]], from: 1))
func collatzSteps(_ n: Int) -> Int {
    var steps = 0
    func step(_ m: Int) {
        if m == 1 { return }
        steps += 1
        step(m % 2 == 0 ? m / 2 : 3 * m + 1)
    }
    step(n)
    return steps
}
print(collatzSteps(27))
