struct Square {
    var side = 1.0
    var area: Double { side * side }
}
var s = Square()
print("start")
s.area = 4
