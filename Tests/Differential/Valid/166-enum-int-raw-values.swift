enum Planet: Int {
    case mercury = 1, venus, earth, mars
}

print(Planet.earth.rawValue)
print(Planet.mars.rawValue)
if let p = Planet(rawValue: 2) {
    print("planet 2 is \(p)")
}
let missing = Planet(rawValue: 9)
print(missing == nil)
for i in 1...4 {
    let p = Planet(rawValue: i)!
    print(i, p)
}
enum Priority: Int {
    case low = 10
    case medium = 20
    case high = 30
}
let total = Priority.low.rawValue + Priority.high.rawValue
print(total)
