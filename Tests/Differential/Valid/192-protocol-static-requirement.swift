protocol Unit {
    static var symbol: String { get }
    var value: Double { get }
}

struct Metres: Unit {
    static let symbol = "m"
    let value: Double
}

struct Seconds: Unit {
    static var symbol: String { return "s" }
    let value: Double
}

func show<U: Unit>(_ u: U) -> String {
    return "\(u.value) \(U.symbol)"
}

print(show(Metres(value: 12.5)))
print(show(Seconds(value: 3.0)))
print(Metres.symbol + "/" + Seconds.symbol)
