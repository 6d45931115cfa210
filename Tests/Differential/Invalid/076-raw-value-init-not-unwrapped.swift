enum Planet: Int {
    case mercury = 1, venus, earth
}

print("start")
let p: Planet = Planet(rawValue: 3)
print(p)
