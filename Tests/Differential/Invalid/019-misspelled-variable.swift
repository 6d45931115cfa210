let total = 10
print("start")
print(totl + 1)
