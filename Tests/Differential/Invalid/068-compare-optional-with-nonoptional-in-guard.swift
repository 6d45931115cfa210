func first(_ xs: [Int]) -> Int {
    guard let f = xs.first else { return 0 }
    return f
}
let xs: [Int] = [3]
print("start")
let m = xs.first * 2
