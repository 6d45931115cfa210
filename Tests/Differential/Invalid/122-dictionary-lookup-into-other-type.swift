print("start")
let d = ["a": 1]
let x: Double = d["a"]
