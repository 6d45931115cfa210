enum ConfigError: Error {
    case badRate
}

struct Config {
    let rate: Double
    init(rate: Double) throws {
        guard rate > 0 else { throw ConfigError.badRate }
        self.rate = rate
    }
}

print("start")
let c = Config(rate: 0.1)
print(c.rate)
