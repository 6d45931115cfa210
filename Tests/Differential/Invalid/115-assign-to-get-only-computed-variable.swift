var side = 2.0
var area: Double { side * side }
print("start")
area = 3
