public struct Thermostat {
    private var target: Double
    private(set) var adjustments = 0
    public var unit = "C"

    public init(target: Double) {
        self.target = target
    }

    public mutating func set(_ value: Double) {
        guard isReasonable(value) else { return }
        target = value
        adjustments += 1
    }

    private func isReasonable(_ v: Double) -> Bool {
        return v >= 5.0 && v <= 30.0
    }

    public var reading: String { return "\(target)\(unit)" }
}

var t = Thermostat(target: 20.0)
t.set(22.5)
t.set(100.0)
t.set(18.0)
print(t.reading, t.adjustments)
t.unit = "°C"
print(t.reading)
