// From LanguageConformanceTests.testNestedArraysHaveValueSemantics (LANGUAGE.md §2).
var grid = Array(repeating: Array(repeating: 0, count: 2), count: 2)
grid[0][1] = 5
var copy = grid
copy[1][0] = 7
print(grid, copy)
