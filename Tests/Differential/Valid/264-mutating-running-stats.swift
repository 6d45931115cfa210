import Foundation
struct RunningMean {
    var count = 0
    var mean = 0.0
    var m2 = 0.0

    mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        m2 += delta * (x - mean)
    }

    var variance: Double {
        return count > 1 ? m2 / Double(count - 1) : 0
    }
}

var stats = RunningMean()
for x in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0] {
    stats.add(x)
}
print(stats.count, stats.mean)
print((stats.variance * 1000).rounded() / 1000)
var batches = [RunningMean(), RunningMean()]
batches[0].add(1.0)
batches[0].add(3.0)
batches[1].add(10.0)
print(batches.map { $0.mean })
