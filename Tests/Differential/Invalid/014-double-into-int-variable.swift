var count: Int = 0
print("start")
count = 2.5
print(count)
