// Issue #13: a computed property with get and set can be assigned.
struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
class Account {
    var cents = 0
    var dollars: Double {
        get { Double(cents) / 100 }
        set(value) { cents = Int(value * 100) }
    }
}
let acc = Account()
acc.dollars = 12.5
print(acc.dollars)
