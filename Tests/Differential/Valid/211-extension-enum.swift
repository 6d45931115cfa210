enum Piece: CaseIterable {
    case pawn, knight, bishop, rook, queen, king
}

extension Piece {
    var value: Int {
        switch self {
        case .pawn: return 1
        case .knight, .bishop: return 3
        case .rook: return 5
        case .queen: return 9
        case .king: return 0
        }
    }
    static var totalMaterial: Int {
        return allCases.map { $0.value }.reduce(0, +)
    }
}

for p in Piece.allCases {
    print(p, p.value)
}
print(Piece.totalMaterial)
let army: [Piece] = [.queen, .rook, .pawn, .pawn]
print(army.map { $0.value }.reduce(0, +))
