let raw = ["1", "two", "3", "", "5"]
let parsed = raw.compactMap { Int($0) }
print(parsed)
let matrix = [[1, 2, 3], [4, 5], [6]]
print(matrix.flatMap { $0 })
print(matrix.flatMap { row in row.map { $0 * 10 } })
let sentences = ["deep learning", "is fun"]
let words = sentences.flatMap { $0.split(separator: " ") }.map { String($0) }
print(words)
let maybe: [Double?] = [1.5, nil, 2.5, nil]
print(maybe.compactMap { $0 })
let pairs = [1, 2, 3].flatMap { x -> [Int] in [x, -x] }
print(pairs)
let lengths = ["a", "bb", "ccc"].compactMap { $0.count > 1 ? $0.count : nil }
print(lengths)
