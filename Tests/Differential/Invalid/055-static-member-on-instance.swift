struct Config {
    static let size = 3
}
let c = Config()
print("start")
print(c.size)
