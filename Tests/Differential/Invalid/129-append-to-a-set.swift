print("start")
var s = Set<Int>()
s.append(3)
