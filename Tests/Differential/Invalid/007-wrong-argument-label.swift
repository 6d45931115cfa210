func area(width: Double, height: Double) -> Double { width * height }
print("start")
print(area(w: 2, height: 3))
