// From LanguageConformanceTests.testDeclaredButUnassignedLetIsInitialisedOnce (LANGUAGE.md §2).
let x: Int
if 2 > 1 { x = 5 } else { x = 6 }
print(x)
