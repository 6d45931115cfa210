let k = 1
print("start")
k = 2
print(k)
