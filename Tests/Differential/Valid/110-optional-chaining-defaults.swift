class Person {
    var name: String
    var pet: Pet?
    init(name: String) { self.name = name }
}
class Pet {
    var nickname: String?
    init(nickname: String? = nil) { self.nickname = nickname }
}
let a = Person(name: "Ann")
let b = Person(name: "Bo")
b.pet = Pet(nickname: "Rex")
a.pet = Pet()
for p in [a, b] {
    print(p.name, p.pet?.nickname ?? "no nickname", p.pet?.nickname?.count ?? 0)
}
let c = Person(name: "Cy")
print(c.pet == nil, c.pet?.nickname == nil)
