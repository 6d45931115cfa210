fileprivate let secretSeed = 42

fileprivate func scramble(_ x: Int) -> Int {
    return (x * 31 + secretSeed) % 100
}

internal class IdGenerator {
    fileprivate var next = 0
    private let prefix: String

    init(prefix: String) { self.prefix = prefix }

    func make() -> String {
        next += 1
        return "\(prefix)-\(scramble(next))"
    }
}

let gen = IdGenerator(prefix: "run")
print(gen.make())
print(gen.make())
gen.next = 10
print(gen.make())
print(scramble(0))
