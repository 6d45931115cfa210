print("start")
struct Counter {
    var n = 0
    mutating func tick() { n += 1 }
}
struct Game { var score = Counter() }
let game = Game()
game.score.tick()
print(game.score.n)
