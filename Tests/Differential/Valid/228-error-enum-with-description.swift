enum InventoryError: Error, CustomStringConvertible {
    case outOfStock(item: String)
    case unknownItem(String)

    var description: String {
        switch self {
        case .outOfStock(let item): return "\(item) is out of stock"
        case .unknownItem(let name): return "no such item: \(name)"
        }
    }
}

var stock = ["apple": 2, "pear": 0]

func take(_ name: String) throws -> Int {
    guard let n = stock[name] else { throw InventoryError.unknownItem(name) }
    guard n > 0 else { throw InventoryError.outOfStock(item: name) }
    stock[name] = n - 1
    return n - 1
}

for name in ["apple", "pear", "plum", "apple", "apple"] {
    do {
        let left = try take(name)
        print("took \(name), \(left) left")
    } catch let e as InventoryError {
        print(e)
    } catch {
        print("?")
    }
}
