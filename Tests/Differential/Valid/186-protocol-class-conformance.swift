protocol Animal {
    var name: String { get }
    func sound() -> String
}

class Dog: Animal {
    let name: String
    init(name: String) { self.name = name }
    func sound() -> String { return "woof" }
}

class Cat: Animal {
    let name: String
    var lives = 9
    init(name: String) { self.name = name }
    func sound() -> String { return "meow" }
}

func introduce(_ a: Animal) {
    print("\(a.name) says \(a.sound())")
}

let pets: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom"), Dog(name: "Fido")]
for p in pets {
    introduce(p)
}
print(pets.count)
