// From LanguageConformanceTests.testNumbersPrintAsSwiftPrintsThem (LANGUAGE.md §2).
print(0.1 + 0.2)
print(1e16, 1e15, 123456789012345680.0)
print(Double(3), -0.0, 1.0 / 3.0, 2.5e-5, 0.0001, 1e-7)
print(100.0, 1.5e300, Double.greatestFiniteMagnitude, 5e-324)
print(Float(0.1), 0.1 * 3)
