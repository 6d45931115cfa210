extension Int {
    var isEven: Bool { return self % 2 == 0 }
    var squared: Int { return self * self }
    func times(_ action: () -> Void) {
        for _ in 0..<self {
            action()
        }
    }
    func factorial() -> Int {
        return self <= 1 ? 1 : self * (self - 1).factorial()
    }
}

print(4.isEven, 7.isEven)
print(9.squared)
var hits = 0
3.times { hits += 1 }
print(hits)
print(5.factorial(), 10.factorial())
let evens = (1...10).filter { $0.isEven }
print(evens)
