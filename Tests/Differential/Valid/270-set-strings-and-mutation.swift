let doc1 = "the cat sat on the mat"
let doc2 = "the dog sat on the log"
let words1 = Set(doc1.split(separator: " ").map { String($0) })
let words2 = Set(doc2.split(separator: " ").map { String($0) })
let shared = words1.intersection(words2)
print(shared.sorted())
let jaccard = Double(shared.count) / Double(words1.union(words2).count)
print(jaccard)
var vocab = words1
vocab.formUnion(words2)
print(vocab.count)
vocab.subtract(["the", "on"])
print(vocab.sorted())
vocab.formIntersection(["cat", "dog", "fish"])
print(vocab.sorted())
for w in vocab.sorted() { print(w.uppercased()) }
