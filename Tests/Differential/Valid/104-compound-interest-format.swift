import Foundation
var balance = 1000.0
let rate = 0.05
for year in 1...5 {
    balance *= 1 + rate
    print("year \(year): \(String(format: "%.2f", balance))")
}
let months = 12
print(String(format: "%d months at %.1f%% gives %.3f", months, rate * 100, 1000 * pow(1 + rate / 12, Double(months))))
