struct Matrix {
    var rows: Int
    var cols: Int
    var data: [Double]
}

extension Matrix {
    enum Fill {
        case zeros, ones, identity
    }
    static func make(_ n: Int, _ fill: Fill) -> Matrix {
        var data = Array(repeating: 0.0, count: n * n)
        for r in 0..<n {
            for c in 0..<n {
                switch fill {
                case .zeros: data[r * n + c] = 0.0
                case .ones: data[r * n + c] = 1.0
                case .identity: data[r * n + c] = r == c ? 1.0 : 0.0
                }
            }
        }
        return Matrix(rows: n, cols: n, data: data)
    }
    var trace: Double {
        var t = 0.0
        for i in 0..<Swift.min(rows, cols) { t += data[i * cols + i] }
        return t
    }
}

print(Matrix.make(3, .identity).data)
print(Matrix.make(2, .ones).trace, Matrix.make(4, .identity).trace)
print(Matrix.make(2, .zeros).data)
