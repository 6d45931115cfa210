struct Queue<T> {
    private var inbox: [T] = []
    private var outbox: [T] = []

    mutating func enqueue(_ x: T) {
        inbox.append(x)
    }

    mutating func dequeue() -> T? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }

    var count: Int { return inbox.count + outbox.count }
}

var q = Queue<String>()
q.enqueue("a")
q.enqueue("b")
q.enqueue("c")
print(q.dequeue()!, q.count)
q.enqueue("d")
while let x = q.dequeue() {
    print(x)
}
print(q.count)
