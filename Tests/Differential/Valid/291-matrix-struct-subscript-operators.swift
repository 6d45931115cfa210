struct Matrix: Equatable, CustomStringConvertible {
    let rows: Int, cols: Int
    var grid: [Double]

    init(_ rows: Int, _ cols: Int, _ values: [Double]) {
        self.rows = rows
        self.cols = cols
        grid = values
    }

    subscript(r: Int, c: Int) -> Double {
        get { return grid[r * cols + c] }
        set { grid[r * cols + c] = newValue }
    }

    static func * (a: Matrix, b: Matrix) -> Matrix {
        var out = Matrix(a.rows, b.cols, Array(repeating: 0, count: a.rows * b.cols))
        for i in 0..<a.rows {
            for j in 0..<b.cols {
                for k in 0..<a.cols {
                    out[i, j] += a[i, k] * b[k, j]
                }
            }
        }
        return out
    }

    static func + (a: Matrix, b: Matrix) -> Matrix {
        return Matrix(a.rows, a.cols, zip(a.grid, b.grid).map(+))
    }

    var transposed: Matrix {
        var t = Matrix(cols, rows, grid)
        for i in 0..<rows {
            for j in 0..<cols { t[j, i] = self[i, j] }
        }
        return t
    }

    var description: String {
        return (0..<rows).map { r in
            (0..<cols).map { c in "\(self[r, c])" }.joined(separator: " ")
        }.joined(separator: "\n")
    }
}

let a = Matrix(2, 3, [1, 2, 3, 4, 5, 6])
let b = a.transposed
print(a * b)
print(b)
print(a + a == Matrix(2, 3, [2, 4, 6, 8, 10, 12]))
