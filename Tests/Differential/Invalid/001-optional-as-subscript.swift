// Issue #13: an optional used as an index.
let xs = [10, 20, 30]
let i: Int? = 2
print("start")
print(xs[i])
