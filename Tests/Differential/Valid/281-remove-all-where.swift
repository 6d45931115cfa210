import Foundation
var numbers = Array(1...12)
numbers.removeAll(where: { $0 % 3 == 0 })
print(numbers)
numbers.removeAll { $0 > 8 }
print(numbers)
var losses = [0.9, 0.5, -1.0, 0.3, 0.0, -0.2]
losses.removeAll(where: { $0 < 0 })
print(losses)
var words = ["keep", "", "this", " ", "text"]
words.removeAll { $0.trimmingCharacters(in: .whitespaces).isEmpty }
print(words)
var all = [1, 2]
all.removeAll()
print(all, all.isEmpty)
