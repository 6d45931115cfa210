print("start")
let names = ["a", "b"]
let n: Int = names.first
