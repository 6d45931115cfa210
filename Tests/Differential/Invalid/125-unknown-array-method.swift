print("start")
let arr = [1, 2]
let s = arr.sum()
