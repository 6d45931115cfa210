enum Phase {
    case warmup(stepsLeft: Int)
    case training
    case done

    mutating func tick() {
        switch self {
        case .warmup(let n) where n > 1:
            self = .warmup(stepsLeft: n - 1)
        case .warmup:
            self = .training
        case .training:
            self = .done
        case .done:
            break
        }
    }
}

struct Scheduler {
    var phase = Phase.warmup(stepsLeft: 2)
    var ticks = 0
    mutating func run(_ n: Int) {
        for _ in 0..<n {
            phase.tick()
            ticks += 1
        }
    }
}

func advance(_ s: inout Scheduler) {
    s.run(1)
}

var s = Scheduler()
print(s.phase)
advance(&s)
print(s.phase)
s.run(2)
print(s.phase, s.ticks)
s.run(3)
print(s.phase, s.ticks)
