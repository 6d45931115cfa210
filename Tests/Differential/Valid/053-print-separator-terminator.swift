// From LanguageConformanceTests.testPrintSeparatorTerminator (LANGUAGE.md §2).
print("a", "b", "c", separator: "-")
print("no newline", terminator: "")
print("!")
print(1, 2, separator: ", ", terminator: ".\n")
print()
