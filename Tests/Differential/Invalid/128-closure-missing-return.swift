let sign = { (x: Int) -> Int in
    if x > 0 { return 1 }
}
print("start")
print(sign(1))
