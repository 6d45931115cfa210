var x: Int
print("start")
print(x)
