struct Matrix {
    let rows: Int
    let cols: Int
    private var data: [Double]

    init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        data = Array(repeating: 0.0, count: rows * cols)
    }

    subscript(r: Int, c: Int) -> Double {
        get { return data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }

    func row(_ r: Int) -> [Double] {
        return (0..<cols).map { self[r, $0] }
    }
}

var m = Matrix(rows: 2, cols: 3)
for r in 0..<2 {
    for c in 0..<3 {
        m[r, c] = Double(r * 3 + c)
    }
}
m[1, 1] += 10.0
print(m.row(0))
print(m.row(1))
print(m[1, 2])
