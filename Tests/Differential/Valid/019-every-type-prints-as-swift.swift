// From LanguageConformanceTests.testEveryTypePrintsAsSwift (LANGUAGE.md §2).
let i: Int = 42
let d: Double = 2.5
let b: Bool = true
let s: String = "hi"
let c: Character = "z"
let a: [Int] = [1, 2]
let dict: [String: Double] = ["w": 1.5]
let t = (1, 2.0, "x")
print(i, d, b, s, c, a, dict, t)
print(["a", "b"], [Character("q")], [[1], [2, 3]], [1.0: "one"], [true])
print([Int](), [String: Int]())
