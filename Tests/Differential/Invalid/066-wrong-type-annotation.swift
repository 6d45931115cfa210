print("start")
let ratio: Int = 0.75
