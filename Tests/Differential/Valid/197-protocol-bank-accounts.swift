protocol Account {
    var owner: String { get }
    var balance: Double { get }
    func monthlyInterest() -> Double
}

extension Account {
    func report() -> String {
        return "\(owner): \(balance), interest \(monthlyInterest())"
    }
}

class Savings: Account {
    let owner: String
    var balance: Double
    let rate: Double
    init(owner: String, balance: Double, rate: Double) {
        self.owner = owner
        self.balance = balance
        self.rate = rate
    }
    func monthlyInterest() -> Double { return balance * rate / 12.0 }
}

struct Checking: Account {
    let owner: String
    var balance: Double
    func monthlyInterest() -> Double { return 0.0 }
}

let accounts: [Account] = [Savings(owner: "Ann", balance: 1200.0, rate: 0.05), Checking(owner: "Bob", balance: 300.0)]
for a in accounts {
    print(a.report())
}
let total = accounts.reduce(0.0) { $0 + $1.balance }
print("total: \(total)")
