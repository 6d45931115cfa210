print("start")
struct Particle { var x = 0.0; var v = 1.0 }
let particles = [Particle(), Particle(x: 2, v: -1)]
for i in particles.indices {
    particles[i].x += particles[i].v
}
print(particles.map { $0.x })
