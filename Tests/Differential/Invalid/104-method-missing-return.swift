class Stats {
    var xs: [Double] = []
    func mean() -> Double {
        if xs.isEmpty { return 0 }
        let total = xs.reduce(0, +)
        print(total)
    }
}
print("start")
print(Stats().mean())
