enum ParseError: Error {
    case empty
    case notANumber(String)
}

func parseScore(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notANumber(s) }
    return n
}

let inputs = ["42", "", "abc", "7"]
for s in inputs {
    let value = try? parseScore(s)
    print("\(s.isEmpty ? "<empty>" : s): \(value ?? -1)")
}
let valid = inputs.compactMap { try? parseScore($0) }
print(valid, valid.reduce(0, +))
if let v = try? parseScore("100") {
    print("got \(v)")
}
let forced = try! parseScore("5")
print(forced)
