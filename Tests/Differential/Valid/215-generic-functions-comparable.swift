func largest<T: Comparable>(_ items: [T]) -> T? {
    guard var best = items.first else { return nil }
    for item in items where item > best {
        best = item
    }
    return best
}

func clamp<T: Comparable>(_ x: T, _ lo: T, _ hi: T) -> T {
    if x < lo { return lo }
    if x > hi { return hi }
    return x
}

func swapPair<A, B>(_ pair: (A, B)) -> (B, A) {
    return (pair.1, pair.0)
}

print(largest([3, 9, 2, 7])!)
print(largest(["pear", "apple", "zucchini"])!)
print(largest([Double]()) == nil)
print(clamp(15, 0, 10), clamp(-0.5, 0.0, 1.0), clamp("m", "a", "f"))
let s = swapPair((1, "one"))
print(s.0, s.1)
