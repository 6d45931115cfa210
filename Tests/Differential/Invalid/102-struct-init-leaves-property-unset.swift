struct Range2 {
    var lo: Double
    var hi: Double
    init(lo: Double) {
        self.lo = lo
    }
}
print("start")
print(Range2(lo: 1).lo)
