// From LanguageConformanceTests.testSemicolonsAndDiscard (LANGUAGE.md §2).
let a = 1; let b = 2; print(a + b);
func f() -> Int { print("called"); return 1 }
_ = f()
_ = 3 + 4
