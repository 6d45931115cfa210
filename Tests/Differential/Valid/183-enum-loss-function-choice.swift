enum Loss {
    case meanSquared
    case meanAbsolute
    case huber(delta: Double)

    func compute(_ predictions: [Double], _ targets: [Double]) -> Double {
        var total = 0.0
        for (p, t) in zip(predictions, targets) {
            let d = p - t
            switch self {
            case .meanSquared:
                total += d * d
            case .meanAbsolute:
                total += abs(d)
            case .huber(let delta):
                if abs(d) <= delta {
                    total += 0.5 * d * d
                } else {
                    total += delta * (abs(d) - 0.5 * delta)
                }
            }
        }
        return total / Double(predictions.count)
    }
}

let preds = [2.5, 0.0, 2.0, 8.0]
let targets = [3.0, -0.5, 2.0, 7.0]
let losses: [Loss] = [.meanSquared, .meanAbsolute, .huber(delta: 1.0)]
for loss in losses {
    print(loss, loss.compute(preds, targets))
}
