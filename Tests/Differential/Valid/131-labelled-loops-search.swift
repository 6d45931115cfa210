let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
var found: (Int, Int)? = nil
search: for (r, row) in grid.enumerated() {
    for (c, v) in row.enumerated() {
        if v == 6 {
            found = (r, c)
            break search
        }
    }
}
print(found!.0, found!.1)
var pairs = 0
outer: for i in 0..<5 {
    for j in 0..<5 {
        if j > i { continue outer }
        pairs += 1
    }
}
print(pairs)
