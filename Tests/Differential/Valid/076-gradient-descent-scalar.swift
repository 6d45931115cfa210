import Foundation
// A student's first optimiser: minimise (w - 3)^2 by hand.
func loss(_ w: Double) -> Double { (w - 3) * (w - 3) }
func grad(_ w: Double) -> Double { 2 * (w - 3) }
var w = 0.0
let lr = 0.1
for step in 0..<50 {
    w -= lr * grad(w)
    if step % 10 == 0 { print("step \(step): w = \(w), loss = \(loss(w))") }
}
print(String(format: "final w %.4f", w))
