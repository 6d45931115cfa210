print("start")
let f: (Int) -> Int = { "x\($0)" }
