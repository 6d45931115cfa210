func label(_ n: Int) -> Int {
    return "n = \(n)"
}
print("start")
print(label(3))
