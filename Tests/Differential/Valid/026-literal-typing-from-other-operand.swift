// From LanguageConformanceTests.testLiteralTypingFromOtherOperand (LANGUAGE.md §2).
let x = 1.5
print(2 * x, x + 1, 1 - x, x / 2, 3 > x)
let n = 7
print(n / 2, n % 3, -n / 2)
