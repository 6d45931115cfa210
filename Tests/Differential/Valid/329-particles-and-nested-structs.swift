// A student's particle simulation: arrays of structs changed in place through `var`,
// nested structs, a class holding structs (mutable through a `let` reference), and
// mixed arithmetic written with explicit conversions.
struct Vec { var x = 0.0, y = 0.0 }
struct Particle {
    var position = Vec()
    var velocity = Vec(x: 1, y: 0.5)
    var bounces = 0
    mutating func step(_ dt: Double) {
        position.x += velocity.x * dt
        position.y += velocity.y * dt
        if position.x > 2 { velocity.x = -velocity.x; bounces += 1 }
    }
}
final class World {
    var particles = [Particle(), Particle(position: Vec(x: 1, y: 1))]
    var ticks = 0
}
let world = World()
for _ in 0..<6 {
    for i in world.particles.indices { world.particles[i].step(0.5) }
    world.ticks += 1
}
world.particles[0].position.y = 10
for p in world.particles { print(p.position.x, p.position.y, p.bounces) }
var snapshot = world.particles
snapshot[1].position.x = -1
print(snapshot[1].position.x, world.particles[1].position.x)
let n = world.particles.count
let meanX: Double = world.particles.map { $0.position.x }.reduce(0, +) / Double(n)
print("mean x", meanX, "after", world.ticks, "ticks")
var grid = [[Int]](repeating: [0, 0, 0], count: 2)
grid[1][2] += 4
grid[0][0] = grid[1][2] * 2
print(grid)
var stock = ["apples": 3]
stock["apples"]! -= 1
stock["pears", default: 0] += 2
print(stock.sorted { $0.key < $1.key })
