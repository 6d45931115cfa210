for i in 1...3 {
    defer { print("end of iteration \(i)") }
    print("iteration \(i)")
    if i == 2 {
        continue
    }
    print("after the check in \(i)")
}

var log: [String] = []
func process(_ items: [Int]) -> Int {
    log.append("open")
    defer { log.append("close") }
    var sum = 0
    for x in items {
        if x < 0 { return -1 }
        sum += x
    }
    return sum
}
print(process([1, 2, 3]), log)
print(process([1, -2]), log)
