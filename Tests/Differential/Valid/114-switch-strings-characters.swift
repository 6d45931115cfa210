func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    case " ": return "space"
    default: return "other"
    }
}
print("hi you".map(kind))
let cmd = "stop"
switch cmd {
case "go": print("going")
case "stop", "halt": print("stopping")
default: print("unknown")
}
