func area(w: Double, h: Double) -> Double { w * h }
print("start")
print(area(2, 3))
