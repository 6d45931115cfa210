enum Reading {
    case temperature(Double)
    case humidity(Int)
    case offline
}

func describe(_ r: Reading) -> String {
    switch r {
    case .temperature(let t) where t > 30.0:
        return "hot: \(t)"
    case .temperature(let t) where t < 0.0:
        return "freezing: \(t)"
    case .temperature(let t):
        return "mild: \(t)"
    case .humidity(let h) where h >= 80:
        return "humid \(h)%"
    case .humidity(let h):
        return "dry \(h)%"
    case .offline:
        return "sensor offline"
    }
}

let readings: [Reading] = [.temperature(35.5), .temperature(-2.0), .temperature(18.0), .humidity(90), .humidity(40), .offline]
for r in readings {
    print(describe(r))
}
