let rate: Double
print("start")
print(rate * 2)
