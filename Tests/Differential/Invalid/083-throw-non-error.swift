func check(_ x: Int) throws -> Int {
    if x < 0 {
        throw "negative"
    }
    return x
}

print("start")
print(try check(1))
