func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    var c = [[Double]](repeating: [Double](repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for k in 0..<b.count { c[i][j] += a[i][k] * b[k][j] }
        }
    }
    return c
}
func transpose(_ m: [[Double]]) -> [[Double]] {
    (0..<m[0].count).map { j in m.map { $0[j] } }
}
let a: [[Double]] = [[1, 2], [3, 4]]
let b: [[Double]] = [[5, 6], [7, 8]]
print(matmul(a, b))
print(transpose([[1, 2, 3], [4, 5, 6]]))
