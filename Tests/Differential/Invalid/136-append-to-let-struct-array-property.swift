print("start")
struct History { var losses = [Double]() }
let h = History()
h.losses.append(0.5)
print(h.losses)
