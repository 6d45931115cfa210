enum BankError: Error {
    case insufficientFunds(needed: Double)
    case invalidAmount
    case accountFrozen
}

class BankAccount {
    private(set) var balance: Double
    var frozen = false
    init(balance: Double) { self.balance = balance }

    func withdraw(_ amount: Double) throws {
        guard !frozen else { throw BankError.accountFrozen }
        guard amount > 0 else { throw BankError.invalidAmount }
        guard amount <= balance else {
            throw BankError.insufficientFunds(needed: amount - balance)
        }
        balance -= amount
    }
}

let account = BankAccount(balance: 100.0)
let attempts = [30.0, -5.0, 200.0, 70.0]
for amount in attempts {
    do {
        try account.withdraw(amount)
        print("withdrew \(amount), left \(account.balance)")
    } catch BankError.insufficientFunds(let needed) {
        print("short by \(needed)")
    } catch BankError.invalidAmount {
        print("invalid amount \(amount)")
    } catch {
        print("other error: \(error)")
    }
}
account.frozen = true
do {
    try account.withdraw(1.0)
} catch {
    print("caught \(error)")
}
