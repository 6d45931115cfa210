print("start")
let stock = ["apples": 3]
stock["apples"]! -= 1
print(stock)
