struct Money: Comparable {
    var cents: Int

    static func + (a: Money, b: Money) -> Money { return Money(cents: a.cents + b.cents) }
    static func - (a: Money, b: Money) -> Money { return Money(cents: a.cents - b.cents) }
    static func * (a: Money, n: Int) -> Money { return Money(cents: a.cents * n) }
    static func += (a: inout Money, b: Money) { a.cents += b.cents }
    static func -= (a: inout Money, b: Money) { a.cents -= b.cents }
    static func < (a: Money, b: Money) -> Bool { return a.cents < b.cents }

    var text: String {
        let pad = cents % 100 < 10 ? "0" : ""
        return "$\(cents / 100).\(pad)\(cents % 100)"
    }
}

var wallet = Money(cents: 1000)
let coffee = Money(cents: 345)
wallet -= coffee * 2
print(wallet.text)
wallet += Money(cents: 5)
print(wallet.text)
let prices = [Money(cents: 250), Money(cents: 99), Money(cents: 1200)]
print(prices.sorted().map { $0.text })
print(prices.reduce(Money(cents: 0), +).text)
print(coffee < wallet, prices.max()!.text)
