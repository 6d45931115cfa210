// From LanguageConformanceTests.testRecursionAndNestedFunctions (LANGUAGE.md §2).
func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
func outer(_ x: Int) -> Int {
    func helper(_ y: Int) -> Int { y * 10 + x }
    return helper(x + 1)
}
func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(fact(10), outer(2), isEven(10), isOdd(7))
