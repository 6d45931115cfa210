print("start")
let prices: [String: Int] = ["tea": 3, "cake": 4.5]
print(prices)
