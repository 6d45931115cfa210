struct TimesTable {
    let multiplier: Int
    subscript(index: Int) -> Int {
        return multiplier * index
    }
}

struct Vocabulary {
    var words: [String]
    subscript(word: String) -> Int? {
        return words.firstIndex(of: word)
    }
    subscript(id id: Int) -> String {
        return id < words.count ? words[id] : "<unk>"
    }
}

let three = TimesTable(multiplier: 3)
print(three[4], three[10])
let vocab = Vocabulary(words: ["the", "cat", "sat"])
print(vocab["cat"]!, vocab["dog"] == nil)
print(vocab[id: 2], vocab[id: 7])
