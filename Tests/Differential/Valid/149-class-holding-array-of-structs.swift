struct Transaction { let amount: Double; let note: String }
class Ledger {
    var entries: [Transaction] = []
    func add(_ amount: Double, _ note: String) { entries.append(Transaction(amount: amount, note: note)) }
    var balance: Double { entries.reduce(0) { $0 + $1.amount } }
    func largest() -> Transaction? { entries.max { $0.amount < $1.amount } }
}
let l = Ledger()
l.add(100, "salary")
l.add(-30, "food")
l.add(-12.5, "book")
print(l.balance, l.entries.count, l.largest()?.note ?? "none")
print(l.entries.filter { $0.amount < 0 }.map { $0.note })
