protocol Scorer {
    func score(_ x: Double) -> Double
}

struct Linear: Scorer {
    let slope: Double
    func score(_ x: Double) -> Double { return slope * x }
}

struct Threshold: Scorer {
    let cut: Double
    func score(_ x: Double) -> Double { return x >= cut ? 1.0 : 0.0 }
}

func evaluate(_ scorer: Scorer, on inputs: [Double]) -> [Double] {
    return inputs.map { scorer.score($0) }
}

func best(of scorers: [Scorer], at x: Double) -> Double {
    var top = scorers[0].score(x)
    for s in scorers.dropFirst() {
        top = max(top, s.score(x))
    }
    return top
}

let inputs = [0.0, 0.5, 1.0, 1.5]
print(evaluate(Linear(slope: 2.0), on: inputs))
print(evaluate(Threshold(cut: 1.0), on: inputs))
print(best(of: [Linear(slope: 0.5), Threshold(cut: 0.2)], at: 0.4))
