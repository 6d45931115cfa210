let rate = 5
print("start")
print(rate(2))
