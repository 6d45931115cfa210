// From LanguageConformanceTests.testStride (LANGUAGE.md §2).
print(Array(stride(from: 0, to: 10, by: 3)))
print(Array(stride(from: 0, through: 9, by: 3)))
print(Array(stride(from: 5, to: 0, by: -2)))
for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: " ") }
print()
