let word = "hello"
print("start")
print(word.Count)
