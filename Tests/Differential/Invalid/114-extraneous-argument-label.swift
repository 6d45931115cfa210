func g(_ x: Int) {}
print("start")
g(x: 3)
