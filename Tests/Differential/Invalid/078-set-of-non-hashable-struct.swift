struct Point {
    let x: Int
    let y: Int
}

print("start")
var visited = Set<Point>()
visited.insert(Point(x: 0, y: 0))
print(visited.count)
