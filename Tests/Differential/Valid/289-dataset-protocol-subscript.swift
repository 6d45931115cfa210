protocol Dataset {
    associatedtype Item
    var count: Int { get }
    subscript(index: Int) -> Item { get }
}

struct XORData: Dataset {
    let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    let labels: [Double] = [0, 1, 1, 0]
    var count: Int { return inputs.count }
    subscript(index: Int) -> ([Double], Double) {
        return (inputs[index], labels[index])
    }
}

func batches<D: Dataset>(_ data: D, size: Int) -> [[D.Item]] {
    var result: [[D.Item]] = []
    var current: [D.Item] = []
    for i in 0..<data.count {
        current.append(data[i])
        if current.count == size {
            result.append(current)
            current = []
        }
    }
    if !current.isEmpty { result.append(current) }
    return result
}

let data = XORData()
print(data.count, data[2].0, data[2].1)
for (i, batch) in batches(data, size: 3).enumerated() {
    print("batch \(i):", batch.map { $0.1 })
}
