import Foundation
// Minimise f(x, y) = x^2 + 10 y^2 with momentum, by hand.
var x = 5.0, y = 2.0
var vx = 0.0, vy = 0.0
let lr = 0.02, beta = 0.9
for i in 1...100 {
    let gx = 2 * x, gy = 20 * y
    vx = beta * vx + gx
    vy = beta * vy + gy
    x -= lr * vx
    y -= lr * vy
    if i % 25 == 0 { print(i, round(x * 1e4) / 1e4, round(y * 1e4) / 1e4) }
}
print(abs(x) < 0.01 && abs(y) < 0.01)
