// From LanguageConformanceTests.testOptionalsNilBangAndCoalescing (LANGUAGE.md §2).
var o: Int? = nil
print(o == nil, o ?? -1)
o = 5
print(o!, o ?? -1, o != nil)
let s: String? = "hey"
print(s ?? "none", (nil as Int?) ?? 7)
