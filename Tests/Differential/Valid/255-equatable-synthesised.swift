struct Hyperparameters: Equatable {
    var learningRate: Double
    var epochs: Int
    var name: String
}

enum Phase: Equatable {
    case train(epoch: Int)
    case validate
    case test
}

let a = Hyperparameters(learningRate: 0.01, epochs: 10, name: "base")
var b = a
print(a == b)
b.epochs = 20
print(a == b, a != b)
let runs = [a, b]
print(runs.contains(Hyperparameters(learningRate: 0.01, epochs: 20, name: "base")))
print(Phase.train(epoch: 1) == .train(epoch: 1), Phase.train(epoch: 1) == .train(epoch: 2))
print(Phase.validate == .test, [Phase.test, .validate].firstIndex(of: .validate)!)
