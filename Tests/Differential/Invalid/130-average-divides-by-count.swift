print("start")
func average(_ xs: [Double]) -> Double {
    let sum = xs.reduce(0, +)
    return sum / xs.count
}
print(average([1, 2, 3]))
