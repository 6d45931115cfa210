// Classes (stored, computed, init, methods, self, subclasses, reference semantics)
import Foundation

// and structs (memberwise and explicit init, mutating methods, value semantics).
class Counter {
    var count = 0
    var step: Int
    let name: String
    init(name: String, step: Int = 1) {
        self.name = name
        self.step = step
    }
    var doubled: Int { count * 2 }
    var described: String {
        return "\(name)=\(count)"
    }
    func tick() { count += step }
    func tick(times: Int) { for _ in 0..<times { self.tick() } }
}
let c = Counter(name: "c", step: 2)
c.tick()
c.tick(times: 2)
let alias = c
alias.count += 1
print(c.count, c.doubled, c.described, alias.count)

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
let dog = Dog(name: "Rex", tricks: 2)
let animal: Animal = dog
print(animal.intro(), dog.tricks, Animal(name: "x").intro())

struct Config {
    static let size = 3
    static func make() -> Config { Config(v: Self.size) }
    var v: Int
}
print(Config.size, Config.make().v)

struct Point {
    var x: Double
    var y: Double = 0
    var length: Double { (x * x + y * y).squareRoot() }
    mutating func scale(by k: Double) { x *= k; y *= k }
    func moved(dx: Double) -> Point { Point(x: x + dx, y: y) }
}
var p = Point(x: 3, y: 4)
var q = p
q.scale(by: 2)
let r = Point(x: 1)
print(p.x, q.x, p.length, r.y, p.moved(dx: 1).x)
var ps = [p, q]
ps[0].x = 100
print(p.x, ps[0].x)
struct Pair {
    let a: Int
    let b: Int
    init(_ a: Int, _ b: Int) { self.a = a; self.b = b }
}
print(Pair(1, 2).b)
