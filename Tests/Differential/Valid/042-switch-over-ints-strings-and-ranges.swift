// From LanguageConformanceTests.testSwitchOverIntsStringsAndRanges (LANGUAGE.md §2).
func kind(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2: return "small"
    case 3..<10: return "medium"
    case 10...: return "large"
    default: return "negative"
    }
}
print(kind(0), kind(2), kind(5), kind(99), kind(-1))
for s in ["cat", "dog", "emu"] {
    switch s {
    case "cat": print("meow")
    case "dog":
        print("woof")
    default:
        print("?")
    }
}
let x = 0.5
switch x {
case 0..<0.25: print("low")
case 0.25...1: print("high")
default: print("out")
}
