// Inside a method a bare name is a local, then a member of self, then a global.
let scale = 100
func helper() -> Int { 1 }
var count = 7
class Counter {
    var count = 0
    let scale = 2
    func bump() { count += 1 }
    func total() -> Int { bump(); return count * scale + helper() + later() }
    func later() -> Int { step }
    var step: Int { 10 }
    func viaClosure() -> [Int] { [1, 2].map { $0 * scale + count + self.scale } }
    func helper() -> Int { 1000 }
}
let c = Counter()
print(c.total(), count, scale)
print(c.viaClosure())
struct Box {
    var count = 3
    func doubled() -> Int { count * 2 }
}
print(Box().doubled())
class Base { var scale = 5 }
class Derived: Base {
    func get() -> Int { scale }
}
print(Derived().get())
class A {
    var n = 1
    func f() -> Int { let n = 40; return n + self.n + [1].map { _ in n }[0] }
}
print(A().f())
