class Counter {
    var value = 0
    func increment() { value += 1 }
}

extension Counter {
    func increment(by n: Int) {
        for _ in 0..<n { increment() }
    }
    var isZero: Bool { return value == 0 }
    func reset() { value = 0 }
}

let c = Counter()
print(c.isZero)
c.increment()
c.increment(by: 4)
print(c.value, c.isZero)
let alias = c
alias.reset()
print(c.value)
