enum Card: CustomStringConvertible {
    case number(Int)
    case jack, queen, king, ace

    var description: String {
        switch self {
        case .number(let n): return "\(n)"
        case .jack: return "J"
        case .queen: return "Q"
        case .king: return "K"
        case .ace: return "A"
        }
    }
}

let hand: [Card] = [.ace, .number(7), .queen, .number(10)]
print(hand)
for c in hand {
    print("card \(c)")
}
print(hand.map { $0.description }.joined(separator: " "))
let best: Card = .king
print(best, "and", Card.number(2))
