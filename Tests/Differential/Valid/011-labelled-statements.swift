// Labelled statements: break and continue an outer loop.
var found: (Int, Int)? = nil
outer: for i in 1...5 {
    for j in 1...5 {
        if i * j == 12 { found = (i, j); break outer }
    }
}
print(found!.0, found!.1)
var pairs: [String] = []
rows: for i in 0..<4 {
    for j in 0..<4 {
        if j > i { continue rows }
        if i == 3 { break rows }
        pairs.append("\(i)\(j)")
    }
}
print(pairs)
var n = 0
var log: [Int] = []
loop: while n < 10 {
    n += 1
    var k = 0
    repeat {
        k += 1
        if n % 2 == 0 { continue loop }
        if n == 7 { break loop }
    } while k < 2
    log.append(n)
}
print(log, n)
let words = ["ab", "cd", "ef"]
scan: for w in words {
    for ch in w {
        switch ch {
        case "d": break scan
        default: print(ch, terminator: " ")
        }
    }
}
print()
func firstRepeat(_ xs: [Int]) -> Int {
    var result = -1
    search: for (a, x) in xs.enumerated() {
        for y in xs[(a + 1)...] where y == x {
            result = x
            break search
        }
    }
    return result
}
print(firstRepeat([3, 1, 4, 1, 5]), firstRepeat([1, 2]))
