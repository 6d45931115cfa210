class Thermostat {
    var target: Double
    var current: Double
    init(target: Double, current: Double) {
        self.target = target
        self.current = current
    }
    func needsHeat() -> Bool { current < target - 0.5 }
    func step() {
        if needsHeat() { current += 1 } else if current > target + 0.5 { current -= 1 }
    }
    func run(_ n: Int) -> [Double] {
        var log: [Double] = []
        for _ in 0..<n {
            step()
            log.append(current)
        }
        return log
    }
}
let t = Thermostat(target: 21, current: 17)
print(t.run(6))
