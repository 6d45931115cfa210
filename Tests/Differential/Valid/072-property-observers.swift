// Issue #13: willSet and didSet.
class Meter {
    var log: [String] = []
    var value: Double = 0 {
        willSet { log.append("will \(newValue)") }
        didSet { log.append("did \(oldValue)->\(value)") }
    }
}
let m = Meter()
m.value = 2
m.value += 1.5
print(m.log)
struct Clamped {
    var x: Int = 0 {
        didSet { if x > 10 { x = 10 } }
    }
}
var c = Clamped()
c.x = 50
print(c.x)
