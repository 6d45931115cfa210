import Foundation
enum MathError: Error {
    case divideByZero
    case negativeRoot(Double)
}

func divide(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw MathError.divideByZero }
    return a / b
}

func root(_ x: Double) throws -> Double {
    if x < 0 { throw MathError.negativeRoot(x) }
    return x.squareRoot()
}

// Errors from the helpers pass through unchanged.
func formula(_ a: Double, _ b: Double) throws -> Double {
    let q = try divide(a, b)
    return try root(q)
}

let cases = [(8.0, 2.0), (1.0, 0.0), (-9.0, 1.0), (27.0, 3.0)]
for (a, b) in cases {
    do {
        let r = try formula(a, b)
        print("formula(\(a), \(b)) = \(r)")
    } catch MathError.negativeRoot(let x) {
        print("negative root of \(x)")
    } catch {
        print("failed: \(error)")
    }
}
