var queue: [String] = []
var served: [String] = []
for (t, name) in ["a", "b", "c", "d"].enumerated() {
    queue.append(name)
    if t % 2 == 1 {
        served.append(queue.remove(at: 0))
    }
}
while !queue.isEmpty { served.append(queue.remove(at: 0)) }
print(served, queue.isEmpty)
