enum Token {
    case number(Int)
    case word(String)
    case pair(Int, Int)
}

let tokens: [Token] = [.number(4), .word("hi"), .pair(2, 3), .number(-1)]
for t in tokens {
    switch t {
    case let .number(n):
        print("number", n)
    case let .word(w):
        print("word", w)
    case let .pair(a, b):
        print("pair", a + b)
    }
}
var count = 0
for t in tokens {
    if case .number(let n) = t, n > 0 {
        count += n
    }
}
print("positive numbers sum to \(count)")
