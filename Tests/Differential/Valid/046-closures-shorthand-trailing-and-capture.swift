// From LanguageConformanceTests.testClosuresShorthandTrailingAndCapture (LANGUAGE.md §2).
let double = { (x: Int) -> Int in x * 2 }
let add: (Int, Int) -> Int = { a, b in a + b }
let mul = { (a: Int, b: Int) in a * b }
print(double(4), add(1, 2), mul(3, 4))
print([1, 2, 3].map { x in x * x }, [4, 5].map({ $0 + 1 }), [3, 1, 2].sorted { (a, b) in a > b })
var counter = 0
let inc = { counter += 1 }
inc(); inc()
print(counter)
func makeAdder(_ n: Int) -> (Int) -> Int { return { $0 + n } }
let add5 = makeAdder(5)
print(add5(1))
func repeatTwice(_ body: () -> Void) { body(); body() }
repeatTwice { print("hi") }
var fns: [() -> Int] = []
for i in 0..<3 { fns.append { i * 10 } }
print(fns.map { $0() })
