var xs = [5, 3, 8, 1]
for i in xs.indices {
    print(i, xs[i])
}
print(xs.indices.count, xs.indices.last!)
xs.swapAt(0, 3)
print(xs)
for i in xs.indices.reversed() where i > 0 {
    for j in 0..<i where xs[j] > xs[j + 1] {
        xs.swapAt(j, j + 1)
    }
}
print(xs)
let names = ["ada", "alan", "grace"]
for i in names.indices.dropFirst() {
    print(names[i])
}
