class Account {
    var balance = 0.0
    func deposit(_ amount: Double) { balance += amount }
}
let a = Account()
print("start")
a.deposit("ten")
