struct CaseInsensitiveWord: Hashable {
    let text: String

    static func == (a: CaseInsensitiveWord, b: CaseInsensitiveWord) -> Bool {
        return a.text.lowercased() == b.text.lowercased()
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text.lowercased())
    }
}

let words = ["Swift", "swift", "SWIFT", "Torch", "torch", "jax"]
let unique = Set(words.map { CaseInsensitiveWord(text: $0) })
print(unique.count)
print(unique.map { $0.text.lowercased() }.sorted())
print(CaseInsensitiveWord(text: "ABC") == CaseInsensitiveWord(text: "abc"))
