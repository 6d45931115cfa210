print("start")
let s: Set<Int> = ["a", "b"]
