func isPalindrome(_ s: String) -> Bool {
    let chars = Array(s.lowercased().filter { "abcdefghijklmnopqrstuvwxyz".contains($0) })
    return chars == chars.reversed()
}
for s in ["Racecar", "A man, a plan, a canal: Panama", "hello"] {
    print(s, isPalindrome(s))
}
print(String("stressed".reversed()))
let words = "one two three".split(separator: " ").map { String($0.reversed()) }
print(words.joined(separator: " "))
