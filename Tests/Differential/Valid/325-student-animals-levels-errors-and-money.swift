import Foundation
class Animal {
    let name: String
    var sound: String { "..." }
    init(name: String) { self.name = name }
    func speak() -> String { "\(name) says \(sound)" }
    static func make(_ kind: String, _ name: String) -> Animal {
        switch kind { case "dog": return Dog(name: name); case "cat": return Cat(name: name, indoor: true); default: return Animal(name: name) }
    }
}
class Dog: Animal { override var sound: String { "woof" } }
class Cat: Animal {
    let indoor: Bool
    init(name: String, indoor: Bool) { self.indoor = indoor; super.init(name: name) }
    override func speak() -> String { super.speak() + (indoor ? " (inside)" : "") }
}
let zoo = [("dog", "Rex"), ("cat", "Tom"), ("owl", "Hoot")].map { Animal.make($0.0, $0.1) }
for a in zoo { print(a.speak()) }
print(zoo.filter { $0 is Dog }.count, zoo.compactMap { $0 as? Cat }.first?.indoor ?? false)
enum Level: Int, Comparable {
    case low = 1, mid, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print([Level.high, .low, .mid].sorted(), Level.mid.rawValue, Level(rawValue: 3) == .high)
enum ParseError: Error { case empty, bad(String) }
func parse(_ s: String) throws -> Int {
    guard !s.isEmpty else { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}
for s in ["42", "", "x1"] {
    do { print(try parse(s)) }
    catch ParseError.bad(let t) { print("bad:", t) }
    catch { print("error:", error) }
}
let total = (try? ["1", "2", "z"].map(parse).reduce(0, +)) ?? -1
print(total)
struct Money: CustomStringConvertible, Equatable {
    var cents: Int
    var description: String { String(format: "$%d.%02d", cents / 100, cents % 100) }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    static func * (a: Money, k: Int) -> Money { Money(cents: a.cents * k) }
}
let price = Money(cents: 1999)
print(price, price * 3, price + Money(cents: 1), price == Money(cents: 1999))
var wallet = [price, price * 2]
wallet.append(Money(cents: 5))
print(wallet.reduce(Money(cents: 0), +))
