let weights = [0.1, 0.2]
print("start")
weights[0] = 0.5
