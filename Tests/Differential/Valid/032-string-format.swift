// From LanguageConformanceTests.testStringFormat (LANGUAGE.md §2).
import Foundation
print(String(format: "%.4f", 3.14159265))
print(String(format: "%d items, %.1f%%", 3, 12.34))
print(String(format: "%5.2f|%-4d|%@", 2.0, 7, "ok"))
print(String(format: "%03d %x %e", 7, 255, 0.00123))
