print("start")
func report(_ x: Int) {
    print(x)
    return x
}
