var xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.sort()
print(xs)
xs.reverse()
print(xs)
xs.sort(by: >)
print(xs)
var names = ["delta", "Alpha", "charlie", "bravo"]
names.sort()
print(names)
names.sort { $0.lowercased() < $1.lowercased() }
print(names)
names.reverse()
print(names)
var word = Array("stressed")
word.reverse()
print(String(word))
let r = [1, 2, 3].reversed()
print(Array(r))
