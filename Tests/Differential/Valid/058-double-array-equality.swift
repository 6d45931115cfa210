// Issue #13: literal arrays compared with a [Double] are [Double].
let r: [Double] = [1, 2]
print(r == [1, 2], r != [1, 2.5])
let m: [[Double]] = [[1, 0], [0, 1]]
print(m == [[1, 0], [0, 1]], m)
let t: (Double, Double) = (1, 2)
print(t.0 == 1, t)
