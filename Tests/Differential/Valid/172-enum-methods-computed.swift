enum TrafficLight {
    case red, yellow, green

    var waitSeconds: Int {
        switch self {
        case .red: return 30
        case .yellow: return 5
        case .green: return 0
        }
    }

    func next() -> TrafficLight {
        switch self {
        case .red: return .green
        case .green: return .yellow
        case .yellow: return .red
        }
    }

    mutating func advance() {
        self = next()
    }
}

var light = TrafficLight.red
for _ in 0..<4 {
    print(light, light.waitSeconds)
    light.advance()
}
print(light.next().next())
