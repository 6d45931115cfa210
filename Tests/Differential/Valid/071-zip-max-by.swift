// Issue #13: max(by:) over zipped pairs.
let names = ["ann", "bob", "cy"]
let scores = [7.5, 9.25, 8.0]
let best = zip(names, scores).max { $0.1 < $1.1 }!
print(best.0, best.1)
let worst = zip(names, scores).min(by: { a, b in a.1 < b.1 })!
print(worst)
let longest = names.max { $0.count < $1.count }!
print(longest)
