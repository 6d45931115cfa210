struct Series {
    var values: [Double]

    subscript(range: Range<Int>) -> [Double] {
        return Array(values[range])
    }

    subscript(i: Int) -> Double {
        get { return values[i] }
        set { values[i] = newValue }
    }
}

var s = Series(values: [1.0, 2.0, 3.0, 4.0, 5.0])
print(s[1..<4])
s[0] = 10.0
print(s[0], s[0..<2])
let window = s[2..<5]
print(window.reduce(0, +) / Double(window.count))
