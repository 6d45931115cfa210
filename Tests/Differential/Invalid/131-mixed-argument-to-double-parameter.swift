print("start")
func describe(_ ratio: Double) { print("ratio", ratio) }
let hits = 7
let total = 9.0
describe(total / hits)
