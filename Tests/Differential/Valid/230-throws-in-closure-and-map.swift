enum ConvertError: Error {
    case bad(String)
}

func toDouble(_ s: String) throws -> Double {
    guard let d = Double(s) else { throw ConvertError.bad(s) }
    return d
}

let good = ["1.5", "2.5", "3"]
let mixed = ["4", "x", "6"]
do {
    let values = try good.map { try toDouble($0) }
    print(values)
    let others = try mixed.map(toDouble)
    print(others)
} catch ConvertError.bad(let s) {
    print("cannot convert \(s)")
} catch {
    print("unexpected")
}
let tolerant = mixed.map { (try? toDouble($0)) ?? 0.0 }
print(tolerant)
