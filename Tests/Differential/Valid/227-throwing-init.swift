enum ConfigError: Error {
    case badLearningRate(Double)
    case badBatchSize(Int)
}

struct TrainingConfig {
    let learningRate: Double
    let batchSize: Int

    init(learningRate: Double, batchSize: Int) throws {
        guard learningRate > 0 && learningRate < 1 else {
            throw ConfigError.badLearningRate(learningRate)
        }
        guard batchSize > 0 else {
            throw ConfigError.badBatchSize(batchSize)
        }
        self.learningRate = learningRate
        self.batchSize = batchSize
    }
}

do {
    let c = try TrainingConfig(learningRate: 0.01, batchSize: 32)
    print("config", c.learningRate, c.batchSize)
    let bad = try TrainingConfig(learningRate: 5.0, batchSize: 32)
    print("never", bad.batchSize)
} catch {
    print("error: \(error)")
}
let maybe = try? TrainingConfig(learningRate: 0.1, batchSize: 0)
print(maybe == nil)
