import Foundation
// Statistics over an array, as a student writes them.
func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
func variance(_ xs: [Double]) -> Double {
    let m = mean(xs)
    return xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count)
}
func stddev(_ xs: [Double]) -> Double { sqrt(variance(xs)) }
let data: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), variance(data), stddev(data))
let scores = [88, 92, 79, 65, 95]
let avg = Double(scores.reduce(0, +)) / Double(scores.count)
print(avg, scores.min()!, scores.max()!)
