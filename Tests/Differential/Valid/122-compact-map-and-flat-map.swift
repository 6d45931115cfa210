let raw = ["1", "two", "3", "4.5", "5"]
let ints = raw.compactMap { Int($0) }
print(ints)
let nested = [[1, 2], [3], [], [4, 5]]
print(nested.flatMap { $0 }, nested.map { $0.count })
let doubles = raw.compactMap(Double.init)
print(doubles)
