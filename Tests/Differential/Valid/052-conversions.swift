// From LanguageConformanceTests.testConversions (LANGUAGE.md §2).
print(Double(3), Int(2.9), Int(-2.9), Double("1.5")!, Int("12")!, Int("x") == nil, Int(Double(7) / 2))
print(Float(1.5), Double(Int.max) > 0, Int.max, Int.min)
