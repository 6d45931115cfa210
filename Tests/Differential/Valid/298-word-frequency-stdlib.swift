import Foundation

let text = """
  The model learns. The model predicts!
  A good model generalises, the data decides.
"""
let cleaned = text.lowercased()
    .replacingOccurrences(of: ".", with: "")
    .replacingOccurrences(of: "!", with: "")
    .replacingOccurrences(of: ",", with: "")
let words = cleaned.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }
print(words.count)
let freq = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
for (w, n) in top {
    print(w.capitalized, n)
}
let long = Set(words.filter { $0.count > 5 })
print(long.sorted())
print(words.first(where: { $0.hasPrefix("gen") })!, words.dropFirst(2).prefix(2))
