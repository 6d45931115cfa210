print("start")
let words = ["deep", "learning"]
print(words.joined(separator: 0))
