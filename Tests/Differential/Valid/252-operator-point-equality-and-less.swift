struct Cell {
    let row: Int
    let col: Int
}

extension Cell: Comparable {
    static func == (a: Cell, b: Cell) -> Bool {
        return a.row == b.row && a.col == b.col
    }
    static func < (a: Cell, b: Cell) -> Bool {
        return (a.row, a.col) < (b.row, b.col)
    }
}

let cells = [Cell(row: 2, col: 1), Cell(row: 0, col: 5), Cell(row: 2, col: 0), Cell(row: 1, col: 1)]
let ordered = cells.sorted()
for c in ordered {
    print(c.row, c.col)
}
print(cells.contains(Cell(row: 1, col: 1)))
print(cells.firstIndex(of: Cell(row: 2, col: 0))!)
print(Cell(row: 0, col: 0) < Cell(row: 0, col: 1))
