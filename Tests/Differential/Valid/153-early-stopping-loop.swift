import Foundation
var loss = 10.0
var best = Double.infinity
var patience = 0
var epoch = 0
while patience < 3 && epoch < 100 {
    epoch += 1
    loss = loss * 0.7 + (epoch > 8 ? 1.5 : 0)
    if loss < best - 0.01 {
        best = loss
        patience = 0
    } else {
        patience += 1
    }
}
print(epoch, round(best * 1000) / 1000)
