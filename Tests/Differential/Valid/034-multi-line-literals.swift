// From LanguageConformanceTests.testMultiLineLiterals (LANGUAGE.md §2).
let k = 2
let text = """
    first line
      indented \(k)
    last
    """
print(text)
print(text.split(separator: "\n").count)
