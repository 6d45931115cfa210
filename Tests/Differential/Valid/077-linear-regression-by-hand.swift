import Foundation
// Fit y = a*x + b with gradient descent on the mean squared error.
let xs: [Double] = [0, 1, 2, 3, 4]
let ys: [Double] = [1, 3, 5, 7, 9]
var a = 0.0, b = 0.0
let lr = 0.05
for epoch in 1...200 {
    var ga = 0.0, gb = 0.0
    for (x, y) in zip(xs, ys) {
        let err = a * x + b - y
        ga += 2 * err * x
        gb += 2 * err
    }
    a -= lr * ga / Double(xs.count)
    b -= lr * gb / Double(xs.count)
    if epoch % 50 == 0 { print(epoch, String(format: "%.4f %.4f", a, b)) }
}
let mse = zip(xs, ys).map { (a * $0 + b - $1) * (a * $0 + b - $1) }.reduce(0, +) / Double(xs.count)
print(mse < 0.001)
