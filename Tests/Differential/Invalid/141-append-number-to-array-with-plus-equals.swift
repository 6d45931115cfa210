print("start")
var scores = [3, 4]
scores += 5
print(scores)
