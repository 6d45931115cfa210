print("start")
struct Item { var name: String; var price: Double }
let item = Item(name: "pen", price: 1.5, quantity: 3)
print(item.price)
