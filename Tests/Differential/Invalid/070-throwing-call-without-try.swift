enum BankError: Error {
    case insufficientFunds
}

func withdraw(_ amount: Double, from balance: Double) throws -> Double {
    if amount > balance { throw BankError.insufficientFunds }
    return balance - amount
}

print("start")
let left = withdraw(50.0, from: 20.0)
print(left)
