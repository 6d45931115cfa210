print("start")
let word = "swift"
let initial: Character = word.first
print(initial)
