let x = 5
print("start")
print(x!)
