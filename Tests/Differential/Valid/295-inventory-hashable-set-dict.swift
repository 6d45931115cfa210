struct Product: Hashable, CustomStringConvertible {
    let sku: String
    let name: String
    var description: String { return "\(name)#\(sku)" }
}

let pen = Product(sku: "P1", name: "pen")
let pad = Product(sku: "N2", name: "pad")
let ink = Product(sku: "I3", name: "ink")
var stock: [Product: Int] = [pen: 10, pad: 3]
stock[ink] = 0
stock[pad, default: 0] += 2
let restock = stock.filter { $0.value < 5 }.keys.sorted { $0.sku < $1.sku }
print(restock)
let storeA: Set<Product> = [pen, pad]
let storeB: Set<Product> = [pad, ink]
print(storeA.union(storeB).count, storeA.intersection(storeB).map { $0.name })
print(storeA.subtracting(storeB).first!)
let report = stock.sorted { $0.key.name < $1.key.name }.map { "\($0.key.name)=\($0.value)" }
print(report.joined(separator: ", "))
