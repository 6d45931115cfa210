var grid = Array(repeating: Array(repeating: ".", count: 5), count: 3)
grid[1][2] = "#"
grid[0][4] = "@"
for row in grid { print(row.joined()) }
var count = 0
for r in 0..<grid.count {
    for c in 0..<grid[r].count where grid[r][c] != "." { count += 1 }
}
print(count)
