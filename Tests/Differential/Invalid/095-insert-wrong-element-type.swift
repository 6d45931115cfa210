var ages: [Int] = [30]
print("start")
ages.insert("forty", at: 0)
