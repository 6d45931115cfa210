print("start")
print(sqr(3))
