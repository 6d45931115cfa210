func train(epochs: Int = 3, lr: Double = 0.1, verbose: Bool = false) -> String {
    "epochs=\(epochs) lr=\(lr) verbose=\(verbose)"
}
print(train())
print(train(epochs: 10))
print(train(lr: 0.5, verbose: true))
print(train(epochs: 1, lr: 1, verbose: false))
