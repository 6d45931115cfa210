enum Temperature {
    case celsius(Double)
    case fahrenheit(Double)

    static let freezing = Temperature.celsius(0.0)

    init(kelvin: Double) {
        self = .celsius(kelvin - 273.15)
    }

    var inCelsius: Double {
        switch self {
        case .celsius(let c): return c
        case .fahrenheit(let f): return (f - 32.0) * 5.0 / 9.0
        }
    }
}

let temps = [Temperature.fahrenheit(212.0), .celsius(21.5), Temperature(kelvin: 300.0), .freezing]
for t in temps {
    print(t.inCelsius)
}
let warm = temps.filter { $0.inCelsius > 20.0 }.count
print("warm: \(warm)")
