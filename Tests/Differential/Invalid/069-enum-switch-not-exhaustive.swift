enum Direction {
    case north, south, east, west
}

func describe(_ d: Direction) -> String {
    switch d {
    case .north: return "up"
    case .south: return "down"
    case .east: return "right"
    }
}

print("start")
print(describe(.west))
