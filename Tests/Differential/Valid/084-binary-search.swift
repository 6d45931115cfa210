func binarySearch(_ xs: [Int], _ target: Int) -> Int? {
    var lo = 0
    var hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
let xs = [1, 3, 5, 7, 9, 11]
print(binarySearch(xs, 7) ?? -1, binarySearch(xs, 4) ?? -1)
if let i = binarySearch(xs, 11) { print("found at", i) }
print(binarySearch(xs, 1) == 0)
