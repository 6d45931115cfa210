// Fibonacci three ways: recursion, a loop, memoised in a dictionary.
func fibRec(_ n: Int) -> Int { n < 2 ? n : fibRec(n - 1) + fibRec(n - 2) }
func fibLoop(_ n: Int) -> Int {
    var a = 0, b = 1
    for _ in 0..<n { (a, b) = (b, a + b) }
    return a
}
var memo: [Int: Int] = [:]
func fibMemo(_ n: Int) -> Int {
    if n < 2 { return n }
    if let m = memo[n] { return m }
    let v = fibMemo(n - 1) + fibMemo(n - 2)
    memo[n] = v
    return v
}
print(fibRec(15), fibLoop(50), fibMemo(80))
