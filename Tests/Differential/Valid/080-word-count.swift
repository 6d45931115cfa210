// Counting words with a dictionary; printed in sorted order.
let text = "the cat and the hat and the bat"
var counts: [String: Int] = [:]
for w in text.split(separator: " ") {
    counts[String(w), default: 0] += 1
}
for word in counts.keys.sorted() {
    print("\(word): \(counts[word]!)")
}
let top = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.first!
print("most common:", top.key, top.value)
