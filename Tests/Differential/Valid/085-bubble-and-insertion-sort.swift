func bubbleSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
            (a[j], a[j + 1]) = (a[j + 1], a[j])
        }
    }
    return a
}
func insertionSort(_ a: inout [Double]) {
    for i in 1..<a.count {
        let key = a[i]
        var j = i - 1
        while j >= 0 && a[j] > key {
            a[j + 1] = a[j]
            j -= 1
        }
        a[j + 1] = key
    }
}
print(bubbleSort([5, 2, 9, 1, 5, 6]))
var ds = [3.5, -1, 2, 0.5]
insertionSort(&ds)
print(ds)
