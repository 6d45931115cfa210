enum Outcome {
    case success(value: Double)
    case failure(message: String)
}

func safeDivide(_ a: Double, _ b: Double) -> Outcome {
    if b == 0 {
        return .failure(message: "division by zero")
    }
    return .success(value: a / b)
}

let pairs = [(10.0, 4.0), (1.0, 0.0), (9.0, 3.0)]
for (a, b) in pairs {
    switch safeDivide(a, b) {
    case .success(let v):
        print("\(a) / \(b) = \(v)")
    case .failure(let m):
        print("error: \(m)")
    }
}
let results = pairs.map { safeDivide($0.0, $0.1) }
let okCount = results.filter {
    if case .success = $0 { return true }
    return false
}.count
print("ok: \(okCount)")
