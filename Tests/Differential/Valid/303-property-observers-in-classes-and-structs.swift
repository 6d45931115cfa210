// Issue #13: willSet/didSet with named parameters, inherited, on struct values copied and in arrays.
class Base {
    var level = 1 {
        didSet(previous) { print("level \(previous) -> \(level)") }
    }
    init(level: Int) { self.level = level }
    func bump() { level += 1 }
}
class Child: Base {
    var name = "c" { willSet(n) { print("renaming to \(n)") } }
}
let b = Base(level: 5)
b.bump()
let c = Child(level: 2)
c.level = 7
c.name = "d"
struct Account {
    var balance: Double = 0 {
        willSet { if newValue < 0 { print("overdrawn by", -newValue) } }
        didSet { history.append(balance - oldValue) }
    }
    var history: [Double] = []
    mutating func pay(_ x: Double) { balance -= x }
}
var a = Account()
a.balance = 10
a.pay(15)
var copy = a
copy.balance = 100
print(a.balance, a.history, copy.history)
var accounts = [Account(), Account()]
accounts[1].balance += 3
print(accounts.map { $0.balance }, accounts[1].history)
