func sign(_ x: Int) -> Int {
    if x > 0 {
        return 1
    } else if x < 0 {
        return -1
    }
}
print("start")
print(sign(3))
