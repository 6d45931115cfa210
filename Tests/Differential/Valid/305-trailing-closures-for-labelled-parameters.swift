// Issue #13: a trailing closure stands for a labelled parameter, in a lesson's functions
// and methods and in the standard library's.
func apply(_ xs: [Double], transform: (Double) -> Double) -> [Double] { xs.map(transform) }
print(apply([1, 2]) { $0 * 2 })
func train(epochs: Int, rate: Double = 0.1, onEpoch: (Int, Double) -> Void) {
    var loss = 1.0
    for e in 0..<epochs {
        loss *= 1 - rate
        onEpoch(e, loss)
    }
}
train(epochs: 3) { e, loss in print("epoch", e, "loss", loss) }
struct Schedule {
    var steps: [Double] = [0.1, 0.05, 0.01]
    func each(do body: (Int, Double) -> Void) {
        for (i, s) in steps.enumerated() { body(i, s) }
    }
}
Schedule().each { i, s in print(i, s) }
let xs = [3, 8, 1, 9]
print(xs.first { $0 > 5 } ?? -1, xs.firstIndex { $0 > 5 } ?? -1, xs.last { $0 < 5 } ?? -1)
print(xs.drop { $0 < 5 }, xs.contains { $0 == 9 }, xs.sorted { $0 > $1 })
