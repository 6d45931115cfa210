enum Grade: Int, Comparable {
    case f = 0, d, c, b, a

    static func < (lhs: Grade, rhs: Grade) -> Bool {
        return lhs.rawValue < rhs.rawValue
    }
}

let grades: [Grade] = [.b, .a, .f, .c, .b]
print(grades.sorted())
print(grades.max()!, grades.min()!)
print(Grade.a > Grade.c, Grade.d <= Grade.d)
let passing = grades.filter { $0 >= .c }
print(passing.count)
enum Coin: Equatable {
    case heads, tails
}
print(Coin.heads == Coin.tails, Coin.tails == .tails)
