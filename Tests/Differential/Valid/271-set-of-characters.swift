func isPangram(_ s: String) -> Bool {
    let letters = Set(s.lowercased().filter { $0.isLetter })
    return letters.count == 26
}

func hasUniqueCharacters(_ s: String) -> Bool {
    return Set(s).count == s.count
}

print(isPangram("The quick brown fox jumps over the lazy dog"))
print(isPangram("Hello world"))
print(hasUniqueCharacters("swift"), hasUniqueCharacters("hello"))
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let text = "optimisation"
let found = Set(text).intersection(vowels)
print(found.sorted())
print(String(text.filter { !vowels.contains($0) }))
