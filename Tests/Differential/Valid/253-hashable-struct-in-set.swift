struct Coordinate: Hashable {
    let x: Int
    let y: Int
}

var visited = Set<Coordinate>()
let path = [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0), Coordinate(x: 1, y: 1),
            Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0)]
for step in path {
    let (inserted, _) = visited.insert(step)
    print(step.x, step.y, inserted ? "new" : "seen")
}
print(visited.count)
print(visited.contains(Coordinate(x: 1, y: 1)), visited.contains(Coordinate(x: 5, y: 5)))
let sortedCells = visited.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
for c in sortedCells {
    print("(\(c.x), \(c.y))")
}
