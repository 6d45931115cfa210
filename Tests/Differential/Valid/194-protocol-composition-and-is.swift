protocol Flyer {
    func fly() -> String
}

protocol Swimmer {
    func swim() -> String
}

struct Duck: Flyer, Swimmer {
    func fly() -> String { return "duck flies" }
    func swim() -> String { return "duck swims" }
}

struct Fish: Swimmer {
    func swim() -> String { return "fish swims" }
}

func race(_ racer: Flyer & Swimmer) {
    print(racer.fly(), "/", racer.swim())
}

race(Duck())
let swimmers: [Swimmer] = [Duck(), Fish()]
for s in swimmers {
    print(s.swim())
    if let f = s as? Flyer {
        print("  and", f.fly())
    }
    print("  is Duck:", s is Duck)
}
