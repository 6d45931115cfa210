print("start")
let names = ["ada", "grace"]
let longest = names.max { $0.count < $1.count }
print(longest.uppercased())
