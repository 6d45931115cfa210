protocol Scorable {
    var score: Double { get }
}

struct Run: Scorable {
    let name: String
    let score: Double
}

class Leaderboard<Entry: Scorable> {
    private var entries: [Entry] = []

    func add(_ e: Entry) {
        entries.append(e)
    }

    func top(_ n: Int) -> [Entry] {
        return Array(entries.sorted { $0.score > $1.score }.prefix(n))
    }

    var average: Double {
        return entries.map { $0.score }.reduce(0, +) / Double(entries.count)
    }
}

let board = Leaderboard<Run>()
board.add(Run(name: "lr=0.1", score: 0.82))
board.add(Run(name: "lr=0.01", score: 0.91))
board.add(Run(name: "lr=1.0", score: 0.40))
for r in board.top(2) {
    print(r.name, r.score)
}
print(board.average)
