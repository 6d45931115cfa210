print("start")
var steps = 0
let rate = 0.5
for i in 1...3 {
    steps = i * rate
}
print(steps)
