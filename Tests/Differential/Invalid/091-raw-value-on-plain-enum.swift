enum Direction {
    case north, south
}

print("start")
print(Direction.north.rawValue)
