struct Counter {
    var n = 0
    func tick() {
        n += 1
    }
}
print("start")
var c = Counter()
c.tick()
