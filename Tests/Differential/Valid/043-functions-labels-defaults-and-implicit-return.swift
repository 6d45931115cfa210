// From LanguageConformanceTests.testFunctionsLabelsDefaultsAndImplicitReturn (LANGUAGE.md §2).
func f(_ x: Double, label y: Int = 1) -> Double { x * Double(y) }
func greet(person name: String, from town: String = "here") -> String {
    return "\(name) from \(town)"
}
func noResult() { print("side effect") }
print(f(2), f(2, label: 3), greet(person: "Al"), greet(person: "Bo", from: "Rome"))
noResult()
func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(sum(1, 2, 3), sum())
