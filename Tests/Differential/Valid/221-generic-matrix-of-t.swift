struct Grid<T> {
    let width: Int
    let height: Int
    var cells: [T]

    init(width: Int, height: Int, fill: T) {
        self.width = width
        self.height = height
        cells = Array(repeating: fill, count: width * height)
    }

    func get(_ x: Int, _ y: Int) -> T {
        return cells[y * width + x]
    }

    mutating func set(_ x: Int, _ y: Int, _ v: T) {
        cells[y * width + x] = v
    }

    func rows() -> [[T]] {
        var result: [[T]] = []
        for y in 0..<height {
            result.append(Array(cells[(y * width)..<((y + 1) * width)]))
        }
        return result
    }
}

var board = Grid(width: 3, height: 2, fill: ".")
board.set(1, 0, "X")
board.set(2, 1, "O")
for row in board.rows() {
    print(row.joined())
}
var numbers = Grid(width: 2, height: 2, fill: 0)
numbers.set(0, 1, 7)
print(numbers.rows(), numbers.get(0, 1))
