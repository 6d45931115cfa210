protocol Dataset {
    var count: Int { get }
    func item(at index: Int) -> (Double, Double)
}

extension Dataset {
    var isEmpty: Bool { return count == 0 }
    func allItems() -> [(Double, Double)] {
        var result: [(Double, Double)] = []
        for i in 0..<count {
            result.append(item(at: i))
        }
        return result
    }
    func meanTarget() -> Double {
        if isEmpty { return 0 }
        return allItems().map { $0.1 }.reduce(0, +) / Double(count)
    }
}

struct Squares: Dataset {
    let count: Int
    func item(at index: Int) -> (Double, Double) {
        let x = Double(index)
        return (x, x * x)
    }
}

let data = Squares(count: 5)
print(data.isEmpty, data.count)
for (x, y) in data.allItems() {
    print(x, y)
}
print(data.meanTarget())
print(Squares(count: 0).meanTarget())
