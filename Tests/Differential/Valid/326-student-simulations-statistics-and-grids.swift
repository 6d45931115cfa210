import Foundation
// Simulations and statistics the way a first-year student writes them
var population = 100.0
let growth = 0.05
var years = 0
while population < 200 {
    population *= 1 + growth
    years += 1
}
print("doubled after \(years) years: \(Int(population))")
let data = [4, 8, 15, 16, 23, 42]
let n = Double(data.count)
let mean = Double(data.reduce(0, +)) / n
var sumSq = 0.0
for x in data { sumSq += (Double(x) - mean) * (Double(x) - mean) }
let variance = sumSq / (n - 1)
print(mean, variance, variance.squareRoot())
let sortedData = data.sorted()
let median = data.count % 2 == 0 ? Double(sortedData[data.count / 2 - 1] + sortedData[data.count / 2]) / 2 : Double(sortedData[data.count / 2])
print("median", median)
var histogram = Array(repeating: 0, count: 5)
for x in data { histogram[min(x / 10, 4)] += 1 }
print(histogram)
for (i, count) in histogram.enumerated() { print("\(i * 10)-\(i * 10 + 9): " + String(repeating: "*", count: count)) }
func isPrime(_ n: Int) -> Bool {
    if n < 2 { return false }
    var d = 2
    while d * d <= n { if n % d == 0 { return false }; d += 1 }
    return true
}
let primes = (1...30).filter(isPrime)
print(primes, primes.count)
var grid = [[Character]](repeating: [Character](repeating: ".", count: 5), count: 3)
grid[1][2] = "#"
for row in grid { print(String(row)) }
let celsius = [-10.0, 0, 37]
let table = celsius.map { c in (c, c * 9 / 5 + 32) }
for (c, f) in table { print("\(c)C = \(f)F") }
var balance = 1000.0
let rate = 0.03
for year in 1...3 {
    balance += balance * rate
    print("year \(year): \((balance * 100).rounded() / 100)")
}
