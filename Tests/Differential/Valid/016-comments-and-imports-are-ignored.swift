// From LanguageConformanceTests.testCommentsAndImportsAreIgnored (LANGUAGE.md §2).
import Foundation
// a line comment
let a = 1 /* inline */ + 2
/* a block
   comment over lines */
print(a) // trailing
