let word = "hello"
print("start")
print(word[0])
