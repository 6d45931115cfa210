let t = (1, 2)
print("start")
print(t.2)
