enum VendingError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}

struct Item {
    var price: Int
    var count: Int
}

class VendingMachine {
    var inventory = ["Candy": Item(price: 12, count: 7), "Chips": Item(price: 10, count: 4), "Pretzels": Item(price: 7, count: 0)]
    var coinsDeposited = 0

    func vend(itemNamed name: String) throws {
        guard let item = inventory[name] else { throw VendingError.invalidSelection }
        guard item.count > 0 else { throw VendingError.outOfStock }
        guard item.price <= coinsDeposited else {
            throw VendingError.insufficientFunds(coinsNeeded: item.price - coinsDeposited)
        }
        coinsDeposited -= item.price
        var newItem = item
        newItem.count -= 1
        inventory[name] = newItem
        print("Dispensing \(name)")
    }
}

let machine = VendingMachine()
machine.coinsDeposited = 20
for name in ["Chips", "Pretzels", "Soda", "Candy", "Chips"] {
    do {
        try machine.vend(itemNamed: name)
    } catch VendingError.invalidSelection {
        print("Invalid selection \(name)")
    } catch VendingError.outOfStock {
        print("\(name) out of stock")
    } catch VendingError.insufficientFunds(let coins) {
        print("Please insert \(coins) more coins")
    } catch {
        print("Unexpected error: \(error)")
    }
}
print(machine.coinsDeposited, machine.inventory["Chips"]!.count)
