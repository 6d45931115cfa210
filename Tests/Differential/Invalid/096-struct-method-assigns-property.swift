struct Meter {
    var total = 0.0
    func reset() {
        total = 0
    }
}
print("start")
Meter().reset()
