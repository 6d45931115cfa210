// Issue #13: [T](repeating:count:).
var board = [Int](repeating: 0, count: 9)
board[4] = 1
print(board)
let row = [Double](repeating: 0.5, count: 3)
print(row, row.reduce(0, +))
var grid = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
grid[1][2] = 7
print(grid)
let words = [String](repeating: "ab", count: 2)
print(words.joined())
