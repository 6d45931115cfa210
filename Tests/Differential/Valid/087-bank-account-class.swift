class BankAccount {
    let owner: String
    var balance: Double
    var history: [Double] = []
    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
    }
    func deposit(_ amount: Double) {
        balance += amount
        history.append(amount)
    }
    func withdraw(_ amount: Double) -> Bool {
        guard amount <= balance else { return false }
        balance -= amount
        history.append(-amount)
        return true
    }
}
let acc = BankAccount(owner: "Ada")
acc.deposit(100)
print(acc.withdraw(30), acc.withdraw(500))
print(acc.owner, acc.balance, acc.history)
