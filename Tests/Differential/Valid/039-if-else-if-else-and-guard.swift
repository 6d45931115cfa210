// From LanguageConformanceTests.testIfElseIfElseAndGuard (LANGUAGE.md §2).
func grade(_ s: Int) -> String {
    if s >= 90 { return "A" } else if s >= 80 { return "B" } else { return "C" }
}
func check(_ x: Int) -> String {
    guard x > 0 else { return "non-positive" }
    return "positive"
}
print(grade(95), grade(85), grade(10), check(0), check(3))
