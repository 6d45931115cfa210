print("start")
var count = 0
count = count + 0.5
