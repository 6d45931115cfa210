var xs: [Int] = []
print("start")
xs.append("seven")
