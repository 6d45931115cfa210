struct Counter {
    private(set) var count = 0
    var history: [Int] = []

    mutating func increment(by n: Int = 1) {
        count += n
        history.append(count)
    }

    mutating func reset() {
        self = Counter()
    }
}

var c = Counter()
c.increment()
c.increment(by: 5)
c.increment()
print(c.count, c.history)
var copy = c
copy.increment(by: 100)
print(c.count, copy.count)
c.reset()
print(c.count, c.history, copy.history)
