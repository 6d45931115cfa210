var celsius = 20.0
var fahrenheit: Double {
    get { celsius * 9 / 5 + 32 }
    set { celsius = (newValue - 32) * 5 / 9 }
}
print(fahrenheit)
fahrenheit = 212
print(celsius)
fahrenheit += 18
print(celsius, fahrenheit)
var kelvin: Double {
    get { celsius + 273.15 }
    set(k) { celsius = k - 273.15 }
}
kelvin = 0
print(celsius)
func report() -> String {
    var label: String { celsius < 0 ? "freezing" : "ok" }
    return "\(label) at \(fahrenheit)"
}
print(report())
var items: [Int] = [3, 1, 2]
var sortedItems: [Int] { items.sorted() }
items.append(0)
print(sortedItems, sortedItems.count)
