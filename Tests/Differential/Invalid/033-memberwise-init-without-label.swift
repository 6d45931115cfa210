struct Point { var x: Double; var y: Double }
print("start")
let p = Point(1, 2)
print(p)
