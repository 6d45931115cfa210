struct Runner { let name: String; let time: Double; let age: Int }
let runners = [
    Runner(name: "ann", time: 12.5, age: 30),
    Runner(name: "bob", time: 11.0, age: 25),
    Runner(name: "cy", time: 12.5, age: 22),
    Runner(name: "dee", time: 13.25, age: 30),
]
let ranked = runners.sorted { a, b in
    if a.time != b.time { return a.time < b.time }
    return a.age < b.age
}
for (place, r) in ranked.enumerated() { print(place + 1, r.name, r.time) }
let byAge = runners.filter { $0.age == 30 }.map { $0.name }
print(byAge)
