// Functions: labels, defaults, variadics, recursion, nested functions, function types;
// closures: shorthand, trailing, capture by reference.
import Foundation

func scaled(_ x: Double, by k: Int = 1) -> Double { x * Double(k) }
func greet(person name: String, from town: String = "here") -> String {
    return "\(name) from \(town)"
}
func sideEffect() { print("side effect") }
print(scaled(2), scaled(2, by: 3), greet(person: "Al"), greet(person: "Bo", from: "Rome"))
sideEffect()
func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(sum(1, 2, 3), sum())

func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
func outer(_ x: Int) -> Int {
    func helper(_ y: Int) -> Int { y * 10 + x }
    return helper(x + 1)
}
print(fact(10), fib(15), outer(2))

func square(_ x: Double) -> Double { x * x }
func apply(_ f: (Double) -> Double, to x: Double) -> Double { f(x) }
let g: (Double) -> Double = square
var fs: [(Double) -> Double] = [square, { $0 + 1 }]
fs.append(sqrt)
print(apply(square, to: 3), g(2), fs.map { $0(4.0) })
func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int { { g(f($0)) } }
print(compose({ $0 + 1 }, { $0 * 2 })(5))

let double = { (x: Int) -> Int in x * 2 }
let add: (Int, Int) -> Int = { a, b in a + b }
let mul = { (a: Int, b: Int) in a * b }
print(double(4), add(1, 2), mul(3, 4))
print([1, 2, 3].map { x in x * x }, [4, 5].map({ $0 + 1 }), [3, 1, 2].sorted { (a, b) in a > b })
var counter = 0
let inc = { counter += 1 }
inc(); inc()
print(counter)
func makeCounter() -> () -> Int {
    var c = 0
    return { c += 1; return c }
}
let next = makeCounter()
_ = next()
print(next(), next())
func twice(_ body: () -> Void) { body(); body() }
twice { print("hi") }
var fns: [() -> Int] = []
for i in 0..<3 { fns.append { i * 10 } }
print(fns.map { $0() })
