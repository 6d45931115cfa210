func hanoi(_ n: Int, from a: String, to b: String, via c: String, moves: inout [String]) {
    if n == 0 { return }
    hanoi(n - 1, from: a, to: c, via: b, moves: &moves)
    moves.append("\(a)->\(b)")
    hanoi(n - 1, from: c, to: b, via: a, moves: &moves)
}
var moves: [String] = []
hanoi(3, from: "A", to: "C", via: "B", moves: &moves)
print(moves.count, moves[0..<3])
func sumDigits(_ n: Int) -> Int {
    func go(_ m: Int, _ acc: Int) -> Int { m == 0 ? acc : go(m / 10, acc + m % 10) }
    return go(n, 0)
}
print(sumDigits(98765))
