enum ParseError: Error {
    case bad
}

func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.bad }
    return n
}

func total(_ items: [String]) -> Int {
    var sum = 0
    for item in items {
        sum += try parse(item)
    }
    return sum
}

print("start")
print(total(["1", "2"]))
