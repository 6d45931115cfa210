struct Account {
    private var balance = 0.0
    mutating func deposit(_ x: Double) { balance += x }
}

var a = Account()
a.deposit(10.0)
print("start")
print(a.balance)
