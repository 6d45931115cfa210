let xs = [1, 2, 3]
print("start")
print(xs.length)
