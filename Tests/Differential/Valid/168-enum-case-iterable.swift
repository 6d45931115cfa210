enum Suit: String, CaseIterable {
    case hearts = "♥"
    case diamonds = "♦"
    case clubs = "♣"
    case spades = "♠"
}

print(Suit.allCases.count)
for suit in Suit.allCases {
    print(suit, suit.rawValue)
}
let symbols = Suit.allCases.map { $0.rawValue }.joined(separator: " ")
print(symbols)
enum Level: Int, CaseIterable {
    case easy = 1, normal, hard
}
let sum = Level.allCases.reduce(0) { $0 + $1.rawValue }
print(sum)
print(Level.allCases.last!)
