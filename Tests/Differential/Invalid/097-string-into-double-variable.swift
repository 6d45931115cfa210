var learningRate = 0.1
print("start")
learningRate = "fast"
