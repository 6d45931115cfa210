protocol Counter {
    var count: Int { get set }
    var label: String { get }
}

struct Clicks: Counter {
    var count = 0
    let label = "clicks"
}

class Visits: Counter {
    var count = 100
    var label: String { return "visits" }
}

func bump(_ c: inout Counter, by n: Int) {
    c.count += n
}

var a: Counter = Clicks()
var b: Counter = Visits()
bump(&a, by: 3)
bump(&b, by: 5)
print(a.label, a.count)
print(b.label, b.count)
var list: [Counter] = [Clicks(count: 7), Visits()]
list[0].count += 1
print(list.map { $0.count })
