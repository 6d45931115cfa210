var xs: [Int]? = []
print("start")
xs.append(1)
