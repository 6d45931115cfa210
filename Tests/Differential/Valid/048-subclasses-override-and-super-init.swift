// From LanguageConformanceTests.testSubclassesOverrideAndSuperInit (LANGUAGE.md §2).
class Animal {
    var name: String
    init(name: String) { self.name = name }
    func speak() -> String { "..." }
    func intro() -> String { "\(name) says \(speak())" }
}
class Dog: Animal {
    var tricks: Int
    init(name: String, tricks: Int) {
        self.tricks = tricks
        super.init(name: name)
    }
    override func speak() -> String { "woof" }
}
let d = Dog(name: "Rex", tricks: 2)
let a: Animal = d
print(a.intro(), d.tricks, Animal(name: "x").intro())
