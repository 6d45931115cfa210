print("start")
var stock = ["pens": 3, "pads": 1]
stock.removeValue(forKey: 1)
print(stock)
