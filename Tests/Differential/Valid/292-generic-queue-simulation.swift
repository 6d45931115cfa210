struct Queue<Element> {
    private var items: [Element] = []
    mutating func push(_ e: Element) { items.append(e) }
    mutating func pop() -> Element? { return items.isEmpty ? nil : items.removeFirst() }
    var isEmpty: Bool { return items.isEmpty }
    var count: Int { return items.count }
}

enum Job {
    case train(epochs: Int)
    case evaluate
    case export(name: String)
}

var jobs = Queue<Job>()
jobs.push(.train(epochs: 3))
jobs.push(.evaluate)
jobs.push(.export(name: "model.bin"))
jobs.push(.train(epochs: 1))
var clock = 0
while let job = jobs.pop() {
    switch job {
    case .train(let e):
        clock += e * 10
        print("trained \(e) epochs, t=\(clock)")
    case .evaluate:
        clock += 5
        print("evaluated, t=\(clock)")
    case .export(let name):
        print("exported \(name), \(jobs.count) left")
    }
}
print(jobs.isEmpty)
